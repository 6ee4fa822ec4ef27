//! End-to-end tests: the real binary, in temporary directories, with a fixed clock.
//! One test binary (linking is the slow part on small machines); one module per noun.

mod ballot;
mod category;
mod common;
mod corrections;
mod db;
mod decisions;
mod demo;
mod docs;
mod election;
mod export;
mod generated;
mod import;
mod import_spreadsheets;
mod init;
mod journal;
mod json;
mod meeting;
mod member;
mod member_delete;
mod member_privacy;
mod member_status;
mod minutes;
mod proposal;
mod resolution;
mod roll;
mod roundtrip;
mod roundtrip_history;
mod rules;
mod scenario;
mod tally;
mod trials;
mod upgrade;
mod upgrade_v10;
mod upgrade_v4;
mod vote;
