//! What the door records, as the attendance list, the proxy list and the printed sheet show it:
//! plain data the store reads and the output renders (the checks are in `voter` and `proxy`).

/// One line of the attendance list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub member_id: i64,
    pub number: i64,
    pub name: String,
    /// present, left, apologies or proxy.
    pub status: &'static str,
    pub checked_in_at: Option<String>,
    pub checked_out_at: Option<String>,
    pub admitted_for: Option<String>,
    /// For a proxy: the holder's number and name, and whether the holder is present.
    pub holder: Option<(i64, String, bool)>,
    pub instruction: Option<String>,
    /// The delegate through whom a member that is an organisation was checked in.
    pub delegate: Option<String>,
}

/// An active proxy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRow {
    pub id: i64,
    pub giver: i64,
    pub giver_name: String,
    pub holder: i64,
    pub holder_name: String,
    pub instruction: Option<String>,
    pub form: String,
    pub received_on: String,
    pub holder_present: bool,
}

/// A guest of a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestRow {
    pub id: i64,
    pub meeting_id: i64,
    pub name: String,
    /// The member number of a guest who is in the registry (a donateur).
    pub number: Option<i64>,
}

/// One line of the printed attendance list: a member with access to the meeting, in the
/// registry's order of names.
#[derive(Debug, Clone, Default)]
pub struct SheetRow {
    /// None for a guest who is not in the registry.
    pub number: Option<i64>,
    pub name: String,
    pub votes: u32,
    /// present, left, apologies, proxy (only where the holder is present), or None before the
    /// door opens: the line is signed at the door.
    pub status: Option<String>,
    /// For a proxy that counts: the holder's name.
    pub holder: Option<String>,
}
