//! Votes on proposals: the choices a voter makes, the result under the statutes with its
//! explanation for the room, the chair's declaration (BW 2:13 lid 3) and the immediate challenge
//! (BW 2:13 lid 4). Pure: the counts, rules and facts come in, values go out.

pub mod challenge;
pub mod choice;
pub mod code;
pub mod declaration;
mod explain;
pub mod held;
pub mod method;
pub mod plain;
pub mod result;
pub mod words;

pub use challenge::{Challenge, may_challenge};
pub use choice::{Choice, Split};
pub use declaration::{Declaration, Declared};
pub use held::Vote;
pub use method::Method;
pub use result::{Outcome, outcome};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_parts;
