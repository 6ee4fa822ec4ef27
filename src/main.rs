//! The `quorum` binary: parse the command line, run it, turn the outcome into an exit code.
//! Everything else lives in the library so that tests and examples can reach it.

fn main() -> std::process::ExitCode {
    let cli = quorum::cli::parse();
    match quorum::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => quorum::exit::report(&err, quorum::cli::hints::hint),
    }
}
