//! End-to-end tests: the real binary, in temporary directories, with a fixed clock.
//! One test binary (linking is the slow part on small machines); one module per noun.

mod common;
mod export;
mod import;
mod init;
