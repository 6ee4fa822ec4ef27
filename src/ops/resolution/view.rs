//! Written resolutions as `resolution show` and `resolution list` give them, and as every
//! writing resolution command reports them.

use crate::domain::resolution::{Count, Resolution, SignedBy};
use crate::store::ReadTx;

/// A resolution with its signatures counted against its snapshot, and the signatures.
#[derive(Debug, Clone)]
pub struct ResolutionView {
    pub resolution: Resolution,
    pub count: Count,
    pub signatures: Vec<SignedBy>,
}

pub(crate) fn read(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<ResolutionView> {
    let resolution = tx.resolution(id)?;
    view_of(tx, resolution)
}

pub(super) fn view_of(tx: &ReadTx<'_>, resolution: Resolution) -> anyhow::Result<ResolutionView> {
    Ok(ResolutionView {
        count: tx.resolution_count(resolution.id)?,
        signatures: tx.resolution_signatures(resolution.id)?,
        resolution,
    })
}

/// What a writing resolution command did, and the resolution as it stands after it, read in
/// the change's transaction.
#[derive(Debug, Clone)]
pub struct Done<T> {
    pub did: T,
    pub view: ResolutionView,
}

pub(crate) fn done<T>(tx: &ReadTx<'_>, id: i64, did: T) -> anyhow::Result<Done<T>> {
    Ok(Done {
        did,
        view: read(tx, id)?,
    })
}
