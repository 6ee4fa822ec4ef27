//! End-to-end tests: the real binary, in temporary directories, with a fixed clock.
//! One test binary (linking is the slow part on small machines); one module per noun.

mod category;
mod common;
mod init;
mod member;
mod member_privacy;
mod member_status;
