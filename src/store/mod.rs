//! The store: every SQL statement and every transaction.
