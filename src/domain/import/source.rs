//! From bytes to text, without holding the file: a first pass (`Sniffer`) hashes the bytes and
//! checks whether they are UTF-8; the second pass decodes them (`DecodeReader`) for the CSV
//! reader. Generic over `Read`; the caller opens the file.
//!
//! Detection, in order: a byte-order mark (UTF-8, UTF-16); otherwise a file that is valid UTF-8
//! throughout is UTF-8, and anything else is Windows-1252, which Dutch Excel writes by default
//! (its bytes 0x80–0x9F are letters like € and ‘, where Latin-1 has control codes, so it also
//! reads Latin-1 files). The whole file is checked, not a first block: a list whose only "ë" sits
//! on line 9,000 must not be guessed wrong.

use std::cell::Cell;
use std::io::{BufRead, Read};
use std::rc::Rc;

use encoding_rs::{CoderResult, Decoder, Encoding};
use sha2::{Digest as _, Sha256};

use super::Problem;

/// The text encodings quorum reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Windows1252,
    Utf16Le,
    Utf16Be,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        self.encoding().name()
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
        }
    }
}

/// How much of the start of the file is kept for the header, the delimiter and binary checks.
const HEAD: usize = 64 * 1024;

/// The first pass: SHA-256, size, and where (if anywhere) the bytes stop being UTF-8.
#[derive(Default)]
pub struct Sniffer {
    hasher: Sha256,
    head: Vec<u8>,
    size: u64,
    newlines: u64,
    /// An incomplete UTF-8 sequence at the end of the last chunk.
    pending: Vec<u8>,
    scratch: Vec<u8>,
    invalid_utf8: Option<(u64, u8)>,
}

/// What the first pass found.
#[derive(Debug, Clone)]
pub struct Sniffed {
    pub sha256: String,
    pub size: u64,
    head: Vec<u8>,
    /// Line and value of the first byte that is not UTF-8.
    invalid_utf8: Option<(u64, u8)>,
}

fn count_newlines(b: &[u8]) -> u64 {
    b.iter().filter(|&&c| c == b'\n').count() as u64
}

impl Sniffer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn feed(&mut self, chunk: &[u8]) {
        self.hasher.update(chunk);
        self.size += chunk.len() as u64;
        if self.head.len() < HEAD {
            let n = (HEAD - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..n]);
        }
        if self.invalid_utf8.is_some() {
            return;
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        let data: &[u8] = if self.pending.is_empty() {
            chunk
        } else {
            scratch.clear();
            scratch.append(&mut self.pending);
            scratch.extend_from_slice(chunk);
            &scratch
        };
        match std::str::from_utf8(data) {
            Ok(_) => self.newlines += count_newlines(data),
            Err(e) => {
                let valid = e.valid_up_to();
                self.newlines += count_newlines(&data[..valid]);
                if e.error_len().is_some() {
                    self.invalid_utf8 = Some((self.newlines + 1, data[valid]));
                } else {
                    self.pending.extend_from_slice(&data[valid..]);
                }
            }
        }
        self.scratch = scratch;
    }

    pub fn finish(mut self) -> Sniffed {
        if self.invalid_utf8.is_none() && !self.pending.is_empty() {
            self.invalid_utf8 = Some((self.newlines + 1, self.pending[0]));
        }
        Sniffed {
            sha256: self
                .hasher
                .finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            size: self.size,
            head: self.head,
            invalid_utf8: self.invalid_utf8,
        }
    }
}

impl Sniffed {
    /// The encoding a byte-order mark announces, and the mark's length.
    fn bom(&self) -> Option<(TextEncoding, usize)> {
        match self.head.as_slice() {
            [0xEF, 0xBB, 0xBF, ..] => Some((TextEncoding::Utf8, 3)),
            [0xFF, 0xFE, ..] => Some((TextEncoding::Utf16Le, 2)),
            [0xFE, 0xFF, ..] => Some((TextEncoding::Utf16Be, 2)),
            _ => None,
        }
    }

    /// A file that cannot be a spreadsheet's CSV: empty, a workbook, or binary data.
    pub fn not_text(&self) -> Option<Problem> {
        let head = &self.head;
        let body = &head[self.bom().map_or(0, |(_, n)| n)..];
        if body.iter().all(u8::is_ascii_whitespace) && self.size <= HEAD as u64 {
            return Some(Problem::at(
                1,
                None,
                "the file is empty; expected a header row such as \"Lidnummer;Voornaam;Achternaam;Lid sinds\" and a row per member",
            ));
        }
        let what = if head.starts_with(b"PK\x03\x04") {
            Some("a zip archive (such as an Excel .xlsx or LibreOffice .ods workbook)")
        } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            Some("an old Excel workbook (.xls)")
        } else if head.starts_with(b"%PDF") {
            Some("a PDF document")
        } else {
            None
        };
        let hint = "save the sheet as CSV first (in Excel: File > Save As > CSV)";
        if let Some(what) = what {
            return Some(Problem::at(
                1,
                None,
                format!("this is {what}, not a CSV file; {hint}"),
            ));
        }
        if matches!(
            self.bom(),
            Some((TextEncoding::Utf16Le | TextEncoding::Utf16Be, _))
        ) {
            return None;
        }
        let control = |b: &u8| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r') || *b == 0x7F;
        let count = head.iter().filter(|b| control(b)).count();
        // One stray control byte is a damaged line, reported with its row; many are binary data.
        if count > 1 && count * 100 > head.len() {
            let at = head.iter().position(control).unwrap_or(0);
            return Some(Problem::at(
                count_newlines(&head[..at]) + 1,
                None,
                format!(
                    "this is not a text file: {count} control bytes (such as 0x{:02X}) in its first {} bytes; {hint}",
                    head[at],
                    head.len()
                ),
            ));
        }
        None
    }

    /// The encoding to read with and how many bytes of byte-order mark to skip.
    pub fn encoding(&self, forced: Option<TextEncoding>) -> Result<(TextEncoding, usize), Problem> {
        let bom = self.bom();
        match forced {
            Some(TextEncoding::Utf8) => match (bom, self.invalid_utf8) {
                (Some((e, _)), _) if e != TextEncoding::Utf8 => Err(Problem::at(
                    1,
                    None,
                    format!(
                        "the file starts with a {} byte-order mark, not UTF-8; leave out --encoding",
                        e.name()
                    ),
                )),
                (_, Some((line, byte))) => Err(Problem::at(
                    line,
                    None,
                    format!(
                        "is not valid UTF-8 (byte 0x{byte:02X}); the file looks like Windows-1252, as Excel writes it: leave out --encoding, or pass --encoding windows-1252"
                    ),
                )),
                (b, None) => Ok((TextEncoding::Utf8, b.map_or(0, |(_, n)| n))),
            },
            Some(e) => Ok((e, 0)),
            None => Ok(match (bom, self.invalid_utf8) {
                (Some(b), _) => b,
                (None, Some(_)) => (TextEncoding::Windows1252, 0),
                (None, None) => (TextEncoding::Utf8, 0),
            }),
        }
    }

    /// The first line of the file as text, for choosing the delimiter.
    pub fn first_line(&self, enc: TextEncoding, skip: usize) -> String {
        let (text, _) = enc
            .encoding()
            .decode_without_bom_handling(&self.head[skip.min(self.head.len())..]);
        text.lines().next().unwrap_or("").to_string()
    }
}

/// The separator of a header line: the most frequent of `;`, tab and `,` outside quotes
/// (`,` when none occurs, as in a file of one column).
pub fn sniff_delimiter(line: &str) -> u8 {
    let (mut counts, mut quoted) = ([0usize; 3], false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            '\t' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b';', b'\t', b','];
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(2);
    if counts[best] == 0 {
        b','
    } else {
        candidates[best]
    }
}

/// Decodes a byte stream to UTF-8 as it is read, so a Windows-1252 file of any size streams
/// through the CSV reader in a fixed buffer.
pub struct DecodeReader<R> {
    inner: R,
    decoder: Decoder,
    buf: Box<[u8]>,
    start: usize,
    end: usize,
    done: bool,
}

impl<R: BufRead> DecodeReader<R> {
    pub fn new(inner: R, enc: TextEncoding) -> Self {
        DecodeReader {
            inner,
            decoder: enc.encoding().new_decoder_without_bom_handling(),
            buf: vec![0; 32 * 1024].into_boxed_slice(),
            start: 0,
            end: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Read for DecodeReader<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.start == self.end {
            if self.done {
                return Ok(0);
            }
            let src = self.inner.fill_buf()?;
            let last = src.is_empty();
            let (result, read, written, _) = self.decoder.decode_to_utf8(src, &mut self.buf, last);
            self.inner.consume(read);
            (self.start, self.end) = (0, written);
            self.done = last && result == CoderResult::InputEmpty;
        }
        let n = out.len().min(self.end - self.start);
        out[..n].copy_from_slice(&self.buf[self.start..self.start + n]);
        self.start += n;
        Ok(n)
    }
}

/// Counts the bytes read through it, for a progress bar.
pub struct Counted<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R> Counted<R> {
    pub fn new(inner: R) -> (Self, Rc<Cell<u64>>) {
        let count = Rc::new(Cell::new(0));
        (
            Counted {
                inner,
                count: count.clone(),
            },
            count,
        )
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniff(bytes: &[u8], chunk: usize) -> Sniffed {
        let mut s = Sniffer::new();
        for c in bytes.chunks(chunk.max(1)) {
            s.feed(c);
        }
        s.finish()
    }

    #[test]
    fn utf8_split_across_chunks_is_still_utf8() {
        let text = "Achternaam\nMüller\nÖztürk\n".as_bytes();
        for chunk in 1..8 {
            let s = sniff(text, chunk);
            assert_eq!(
                s.encoding(None).unwrap(),
                (TextEncoding::Utf8, 0),
                "chunk {chunk}"
            );
        }
        assert_eq!(
            sniff(text, 3).sha256,
            crate::domain::journal::sha256_hex(text)
        );
    }

    #[test]
    fn windows_1252_is_detected_and_named_when_utf8_is_forced() {
        let bytes = b"Achternaam;Woonplaats\nJansen;Utrecht\nM\xfcller;Zo\xeb\n";
        let s = sniff(bytes, 5);
        assert_eq!(s.encoding(None).unwrap().0, TextEncoding::Windows1252);
        let err = s.encoding(Some(TextEncoding::Utf8)).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("0xFC"), "{}", err.message);
        let mut out = String::new();
        DecodeReader::new(&bytes[..], TextEncoding::Windows1252)
            .read_to_string(&mut out)
            .unwrap();
        assert!(out.ends_with("Müller;Zoë\n"));
    }

    #[test]
    fn a_truncated_sequence_at_the_end_is_not_utf8() {
        let s = sniff(b"Achternaam\nJansen\xc3", 4);
        assert_eq!(s.encoding(None).unwrap().0, TextEncoding::Windows1252);
    }

    #[test]
    fn boms_are_recognised_and_skipped() {
        let s = sniff(b"\xef\xbb\xbfLidnummer;Achternaam\n", 64);
        assert_eq!(s.encoding(None).unwrap(), (TextEncoding::Utf8, 3));
        assert_eq!(s.first_line(TextEncoding::Utf8, 3), "Lidnummer;Achternaam");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "Achternaam\tLid sinds\r\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let s = sniff(&utf16, 7);
        assert!(s.not_text().is_none());
        let (enc, skip) = s.encoding(None).unwrap();
        assert_eq!(enc, TextEncoding::Utf16Le);
        assert_eq!(s.first_line(enc, skip), "Achternaam\tLid sinds");
    }

    #[test]
    fn empty_workbook_and_binary_files_are_refused() {
        assert!(sniff(b"", 4).not_text().unwrap().message.contains("empty"));
        assert!(
            sniff(b"\xef\xbb\xbf \r\n", 4)
                .not_text()
                .unwrap()
                .message
                .contains("empty")
        );
        let xlsx = sniff(b"PK\x03\x04\x14\x00\x06\x00", 4).not_text().unwrap();
        assert!(xlsx.message.contains(".xlsx"), "{}", xlsx.message);
        let garbage: Vec<u8> = (0..2000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
            .collect();
        assert!(
            sniff(&garbage, 100)
                .not_text()
                .unwrap()
                .message
                .contains("not a text file")
        );
        // One NUL in a real list is a damaged row, reported later with its line and column.
        let mut one_nul = b"Achternaam;Lid sinds\n".repeat(20);
        one_nul[30] = 0;
        assert!(sniff(&one_nul, 50).not_text().is_none());
    }

    #[test]
    fn the_delimiter_is_the_most_frequent_separator_outside_quotes() {
        assert_eq!(sniff_delimiter("Lidnummer;Voornaam;Achternaam"), b';');
        assert_eq!(sniff_delimiter("member_no,given_name,family_name"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter("\"Naam, voluit\";Adres"), b';');
        assert_eq!(sniff_delimiter("Achternaam"), b',');
    }
}
