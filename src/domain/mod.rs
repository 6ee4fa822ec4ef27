//! The domain: pure rules and types. No SQL, no printing, no clock.
