//! `category list`: the categories with their members on a date.

use chrono::NaiveDate;

use crate::domain::category::Category;
use crate::store::Store;

/// Each category with its members on `on` and everyone ever registered in it.
pub fn list(store: &mut Store, on: NaiveDate) -> anyhow::Result<Vec<(Category, i64, i64)>> {
    store.read(|tx| tx.categories_with_counts(on))
}
