//! `member add`.

use crate::domain::member::{
    AddRefusal, Duplicate, DuplicateStep, Member, NewMember, on_duplicates,
};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Asks whoever adds whether to add a likely duplicate of these members anyway.
pub type Ask<'a> = &'a mut dyn FnMut(&[Duplicate]) -> anyhow::Result<bool>;

/// The categories' names, for the question a terminal asks.
pub fn category_names(store: &mut Store) -> anyhow::Result<Vec<String>> {
    Ok(store
        .read(|tx| tx.categories())?
        .into_iter()
        .map(|c| c.name)
        .collect())
}

/// Adds `new` (checked by the caller, who knows today) unless it likely duplicates a registered
/// member: then `allow_duplicate` adds anyway, `ask` (when given: someone at a terminal) decides,
/// and without either the refusal is an [`AddRefusal`]. The question is asked between two
/// transactions, so nobody's answer holds the database locked.
pub fn add(
    store: &mut Store,
    actor: &Actor,
    new: &NewMember,
    allow_duplicate: bool,
    ask: Option<Ask<'_>>,
) -> anyhow::Result<Changed<Member>> {
    if !allow_duplicate {
        let found: Vec<Duplicate> = store
            .read(|tx| tx.likely_duplicates(&new.data))?
            .into_iter()
            .map(|(m, why)| Duplicate {
                number: m.number,
                name: m.data.full_name(),
                why,
            })
            .collect();
        match (on_duplicates(&found, false, ask.is_some()), ask) {
            (DuplicateStep::Add, _) => {}
            (DuplicateStep::Ask, Some(ask)) => {
                if !ask(&found)? {
                    return Err(AddRefusal::Cancelled.into());
                }
            }
            _ => {
                return Err(AddRefusal::LikelyDuplicate {
                    name: new.data.full_name(),
                    of: found,
                }
                .into());
            }
        }
    }
    crate::ops::write(store, actor, |tx| tx.add_member(new, "cli"))
}
