//! `quorum tally`: count a ballot file, or convert it to BLT, without a database.
//!
//! The handler reads and decodes the file, lets `tally::format` read it and `tally::count` count
//! it, and hands the result to `output::tally`. It picks the seed when none is given and always
//! prints it, because a lot drawn from an unrecorded seed could not be checked.

use crate::domain::msg::msg;
use crate::exit::Failed;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
use clap::{Args, ValueEnum, ValueHint};

use crate::app::Ctx;
use crate::exit::{UsageError, hinted};
use crate::output::Format;
use crate::output::tally::{BatchItem, TallyReport};
use crate::tally::format::{self, InputFormat};
use crate::tally::{Election, Method, TallyError, TallyOptions};
use crate::tally::{batch, limits};

/// Count a ballot file
#[derive(Debug, Args)]
#[command(after_help = "The formats and the JSON and CSV columns: \
                        docs/guide/10-counting-ballot-files.md.")]
pub struct TallyArgs {
    /// Ballot file; `-` reads standard input. Several files are each counted, with a summary
    #[arg(value_hint = ValueHint::FilePath, required = true, num_args = 1..)]
    pub file: Vec<PathBuf>,
    /// Counting method
    #[arg(long, short, value_parser = method_parser(), required_unless_present = "to")]
    pub method: Option<Method>,
    /// Seats to fill [default: the number the file gives, else 1]
    #[arg(long, short, value_parser = clap::value_parser!(u32).range(1..))]
    pub seats: Option<u32>,
    /// Seed for drawing lots, to repeat a count [default: random, and printed]
    #[arg(long)]
    pub seed: Option<u64>,
    /// Read the file in this format instead of detecting it
    #[arg(long, value_parser = input_format_parser())]
    pub input_format: Option<InputFormat>,
    /// Convert the ballots to this format on stdout instead of counting them
    #[arg(long, value_enum, conflicts_with_all = ["method", "seed"])]
    pub to: Option<ConvertTo>,
    /// With several files, also show each file's stages after the summary
    #[arg(long)]
    pub stages: bool,
    /// Most candidates counted; a file with more is refused (it is usually read in the wrong format)
    #[arg(long, value_name = "N", default_value_t = limits::MAX_CANDIDATES)]
    pub max_candidates: usize,
}

/// Formats `--to` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConvertTo {
    /// BLT, read by OpenSTV, OpaVote, Droop and most STV counters
    Blt,
}

/// One line of rule per method, for `--help` and completions.
fn method_help(method: Method) -> &'static str {
    match method {
        Method::Majority => "more than half of the valid votes elects",
        Method::MajorityRunoff => "absolute majority, else a runoff between the top two",
        Method::Plurality => "each ballot names up to N candidates; the N with most votes win",
        Method::Approval => "each ballot approves any number; the N with most approvals win",
        Method::Irv => "instant runoff: exclude the last, transfer, until a majority",
        Method::StvScottish => "single transferable vote by the Scottish 2007 rules",
        Method::StvMeek => "single transferable vote by Meek's method",
        Method::Schulze => "Condorcet: the Schulze method, as Debian uses it",
    }
}

pub(crate) fn method_parser() -> impl clap::builder::TypedValueParser<Value = Method> {
    let values = Method::ALL.map(|m| PossibleValue::new(m.name()).help(method_help(m)));
    // PossibleValuesParser has already checked the name, so the parse cannot fail.
    PossibleValuesParser::new(values).map(|name| name.parse::<Method>().expect("a listed method"))
}

fn input_format_parser() -> impl clap::builder::TypedValueParser<Value = InputFormat> {
    let values = InputFormat::ALL.map(|f| PossibleValue::new(f.name()));
    PossibleValuesParser::new(values)
        .map(|name| name.parse::<InputFormat>().expect("a listed input format"))
}

impl TallyArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if self.to.is_some() && ctx.out.format != Format::Table {
            return Err(UsageError::new(msg!("tally-to-blt-format"))
                .hint(msg!("tally-to-blt-format-hint"))
                .into());
        }
        if self.file.len() > 1 {
            return self.run_batch(ctx);
        }
        let shown = self.file[0].display().to_string();
        let reader = read_ballots(&self.file[0], &shown, ctx)?;
        let reading = format::read_from(reader, self.input_format)
            .map_err(|f| read_error(f.error, &shown, f.format, f.detected))?;
        let (detected, input_format) = (reading.detected, reading.format);
        let mut election = reading.election;
        for repair in &reading.repairs {
            ctx.out.status_msg(&msg!(
                "tally-repaired",
                file = shown.as_str(),
                repair = repair.to_string()
            ));
        }
        ctx.out.status_msg(&msg!(
            "tally-read",
            file = shown.as_str(),
            format = input_format.to_string(),
            detected = if detected { "yes" } else { "no" },
            candidates = election.candidates.len(),
            ballots = election.total_weight()
        ));
        let seats = self.seats.map(|s| s as usize);
        match (self.to, self.method) {
            (Some(ConvertTo::Blt), _) => convert_to_blt(ctx, &mut election, seats),
            (None, Some(method)) => {
                let seed = self.seed.unwrap_or_else(|| random_seed(ctx));
                ctx.out.status_msg(&msg!(
                    "tally-seed",
                    seed = seed.to_string(),
                    given = if self.seed.is_some() { "yes" } else { "no" }
                ));
                let options = TallyOptions { seats, seed };
                let result = limits::check_candidates(&election, self.max_candidates)
                    .and_then(|()| limits::check_seats(&election, &options))
                    .and_then(|()| crate::tally::count(&election, method, &options))
                    .map_err(|err| match err {
                        TallyError::Unsuitable(why) => Failed(msg!(
                            "tally-unsuitable",
                            file = shown.as_str(),
                            method = method.to_string(),
                            why = why.to_string()
                        ))
                        .into(),
                        parse => read_error(parse, &shown, input_format, detected),
                    })?;
                let invalid: u64 = result.invalid.iter().map(|i| i.weight).sum();
                ctx.out.status_msg(&msg!(
                    "tally-counted",
                    method = method.to_string(),
                    seats = result.seats,
                    stages = result.stages.len(),
                    invalid = invalid,
                    lots = result.lots.len()
                ));
                ctx.out.tally(&TallyReport {
                    result: &result,
                    file: &shown,
                    input_format,
                    ballots: election.total_weight(),
                })
            }
            (None, None) => Err(UsageError::new(msg!("tally-missing-method"))
                .hint(msg!("tally-choose-method", methods = method_names()))
                .into()),
        }
    }
}

impl TallyArgs {
    /// `quorum tally FILE FILE…`: every file counted with the same method, options and seed.
    fn run_batch(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let Some(method) = self.method else {
            return Err(UsageError::new(msg!("tally-batch-convert"))
                .hint(msg!("tally-batch-convert-hint"))
                .into());
        };
        let seed = self.seed.unwrap_or_else(|| random_seed(ctx));
        ctx.out.status_msg(&msg!(
            "tally-seed",
            seed = seed.to_string(),
            given = "batch"
        ));
        let options = TallyOptions {
            seats: self.seats.map(|s| s as usize),
            seed,
        };
        let mut counted = Vec::with_capacity(self.file.len());
        for path in &self.file {
            let shown = path.display().to_string();
            let outcome = read_ballots(path, &shown, ctx)
                .map_err(|e| format!("{e:#}"))
                .and_then(|reader| {
                    batch::read_and_count(
                        reader,
                        self.input_format,
                        method,
                        &options,
                        self.max_candidates,
                    )
                });
            if let Ok(c) = &outcome {
                for repair in &c.repairs {
                    ctx.out.status_msg(&msg!(
                        "tally-repaired",
                        file = shown.as_str(),
                        repair = repair.to_string()
                    ));
                }
            }
            counted.push((shown, outcome));
        }
        let items: Vec<BatchItem<'_>> = counted
            .iter()
            .map(|(file, outcome)| BatchItem {
                file,
                outcome: outcome
                    .as_ref()
                    .map(|c| TallyReport {
                        result: &c.result,
                        file,
                        input_format: c.format,
                        ballots: c.ballots,
                    })
                    .map_err(Clone::clone),
            })
            .collect();
        ctx.out.tally_batch(&items, self.stages)?;
        let failed = items.iter().filter(|i| i.outcome.is_err()).count();
        ctx.out.status_msg(&msg!(
            "tally-batch-counted",
            counted = items.len() - failed,
            files = items.len(),
            method = method.to_string()
        ));
        if failed > 0 {
            return Err(Failed(msg!(
                "tally-batch-failed",
                failed = failed,
                files = items.len()
            ))
            .into());
        }
        Ok(())
    }
}

fn method_names() -> String {
    Method::ALL.map(|m| m.name()).join(", ")
}

/// Opens the file as UTF-8 text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark
/// (Excel's "Unicode text"), or else Windows-1252, which old Dutch spreadsheets write, with a
/// warning. A file is decoded as it is read (after one pass that checks it is UTF-8), so that its
/// size does not decide the memory taken; standard input is read whole.
fn read_ballots(path: &PathBuf, shown: &str, ctx: &Ctx) -> anyhow::Result<Box<dyn BufRead>> {
    use crate::tally::format::lines::{Decoding, is_utf8};
    use encoding_rs::{Encoding, WINDOWS_1252};
    if shown == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
            .map_err(|e| Failed(msg!("tally-stdin-unreadable", why = e.to_string())))?;
        let text = if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
            encoding
                .decode_without_bom_handling(&bytes[bom..])
                .0
                .into_owned()
        } else {
            match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(err) => {
                    ctx.out.warn_msg(&msg!("tally-not-utf8", file = shown));
                    let (text, _) = WINDOWS_1252.decode_without_bom_handling(err.as_bytes());
                    text.into_owned()
                }
            }
        };
        return Ok(Box::new(std::io::Cursor::new(text.into_bytes())));
    }
    let unreadable = |err: std::io::Error| {
        hinted(
            msg!("tally-file-unreadable", file = shown, why = err.to_string()),
            msg!("tally-file-unreadable-hint"),
        )
    };
    let open = || {
        std::fs::File::open(path)
            .map(|f| BufReader::with_capacity(64 * 1024, f))
            .map_err(unreadable)
    };
    let mut file = open()?;
    let head = file.fill_buf().map_err(unreadable)?;
    if let Some((encoding, bom)) = Encoding::for_bom(head) {
        file.consume(bom);
        return Ok(Box::new(BufReader::new(Decoding::new(file, encoding))));
    }
    if is_utf8(file).map_err(unreadable)? {
        return Ok(Box::new(open()?));
    }
    ctx.out.warn_msg(&msg!("tally-not-utf8", file = shown));
    Ok(Box::new(BufReader::new(Decoding::new(
        open()?,
        WINDOWS_1252,
    ))))
}

/// A parse error as the user should see it: the file, the line and the reason, and, when the
/// format was guessed, how to name the right one.
fn read_error(err: TallyError, shown: &str, format: InputFormat, detected: bool) -> anyhow::Error {
    let message = msg!("file-wrong", path = shown, why = err.to_string());
    // Worth a hint only when the guess may be wrong: `votes.csv` read as CSV was surely meant so.
    let extension = std::path::Path::new(shown)
        .extension()
        .and_then(|e| e.to_str());
    let expected = extension.is_some_and(|e| e.eq_ignore_ascii_case(format.name()));
    if detected && !expected && !matches!(err, TallyError::Io(_)) {
        let formats = InputFormat::ALL.map(|f| f.name()).join(", ");
        hinted(
            message,
            msg!(
                "tally-detected-hint",
                format = format.to_string(),
                formats = formats
            ),
        )
    } else {
        Failed(message).into()
    }
}

/// A seed nobody chose: the `rng` source (fixed by `QUORUM_SEED` in tests), mixed with the time. Kept to nine digits
/// so that it can be written in the minutes by hand.
pub(crate) fn random_seed(ctx: &Ctx) -> u64 {
    let now = ctx.clock.now();
    let hash = crate::rng::next_u64().unwrap_or_default() ^ now.timestamp_subsec_nanos() as u64;
    1 + hash % 999_999_999
}

fn convert_to_blt(
    ctx: &mut Ctx,
    election: &mut Election,
    seats: Option<usize>,
) -> anyhow::Result<()> {
    if seats.is_some() {
        election.seats = seats;
    }
    if election.seats.is_none() {
        ctx.out.warn_msg(&msg!("tally-blt-no-seats"));
    }
    if election.default_option.is_some() || !election.majority_requirements.is_empty() {
        ctx.out.warn_msg(&msg!("tally-blt-no-default"));
    }
    if !election.metadata.is_empty() {
        ctx.out.warn_msg(&msg!(
            "tally-blt-no-metadata",
            count = election.metadata.len()
        ));
    }
    ctx.out.text(&format::write_blt(election))
}
