//! The minutes' blocks written out as Markdown (which pandoc turns into PDF or ODT), and that
//! Markdown as one self-contained HTML page for printing (print CSS, page numbers).

use super::Block;
use super::compose::capital;
use crate::domain::lang::Lang;
use crate::output::html::escape;

/// Markdown. The secretary's notes are Markdown already and go in as written.
pub fn markdown(blocks: &[Block]) -> String {
    let mut s = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => s.push_str(&format!("# {t}\n\n")),
            Block::Subtitle(t) => s.push_str(&format!("{}\n\n", capital(t))),
            Block::Mark(t) => s.push_str(&format!("*{t}*\n\n")),
            Block::Heading(t) => s.push_str(&format!("## {t}\n\n")),
            Block::Para(t) => s.push_str(&format!("{t}\n\n")),
            Block::Labeled(l, t) => s.push_str(&format!("**{l}** {t}\n\n")),
            Block::Quote(t) => {
                for line in t.lines() {
                    if line.trim().is_empty() {
                        s.push_str(">\n");
                    } else {
                        s.push_str(&format!("> {line}\n"));
                    }
                }
                s.push('\n');
            }
            Block::Table { header, rows } => {
                s.push_str(&crate::output::md_table(header, rows));
                s.push('\n');
            }
            Block::Signatures(who) => {
                let header: Vec<String> = who.iter().map(|(role, _)| capital(role)).collect();
                let names: Vec<String> = who
                    .iter()
                    .map(|(_, name)| name.clone().unwrap_or_default())
                    .collect();
                let lines =
                    vec!["……………………………………".to_string(); who.len()];
                s.push_str(&crate::output::md_table(&header, &[names, lines]));
                s.push('\n');
            }
            Block::Small(t) => s.push_str(&format!("---\n\n{t}\n")),
        }
    }
    s
}

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;line-height:1.45}\
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}\
blockquote{margin:0.5em 2em;font-style:italic}\
table{border-collapse:collapse;width:100%;margin:0.5em 0}\
th,td{border:1px solid #444;padding:4px 6px;text-align:left;vertical-align:top}\
table:last-of-type tr:last-child td{height:4em;vertical-align:bottom}hr{border:0;border-top:1px solid #888;margin-top:2em}hr+p{font-size:0.8em;color:#444;word-break:break-all}\
@page{size:A4;margin:2cm;@bottom-center{content:counter(page) ' / ' counter(pages)}}\
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}}";

/// One self-contained printable HTML page from the minutes' Markdown (the same text a seal
/// keeps, so a draft and approved minutes print alike). HTML typed into a note is shown as
/// text, never run.
pub fn html(markdown: &str, lang: Lang) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut title = String::new();
    let mut in_title = false;
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, Options::ENABLE_TABLES)
        .map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            e => e,
        })
        .inspect(|e| match e {
            Event::Start(Tag::Heading { level, .. })
                if *level == pulldown_cmark::HeadingLevel::H1 && title.is_empty() =>
            {
                in_title = true;
            }
            Event::End(TagEnd::Heading(_)) => in_title = false,
            Event::Text(t) if in_title => title.push_str(t),
            _ => {}
        })
        .collect();
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, events.into_iter());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\n<title>{}</title>\n<style>{CSS}</style>\n</head><body>\n{body}</body></html>\n",
        lang.code(),
        escape(&title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_shows_typed_html_as_text() {
        let md = markdown(&[
            Block::Title("Notulen <x>".into()),
            Block::Para("Piet & **Klaas** <script>alert(1)</script>".into()),
        ]);
        let h = html(&md, Lang::Nl);
        assert!(h.contains("<title>Notulen &lt;x&gt;</title>"), "{h}");
        assert!(
            h.contains("Piet &amp; <strong>Klaas</strong> &lt;script&gt;"),
            "{h}"
        );
        assert!(!h.contains("<script>"));
        assert!(h.contains("counter(page)"));
    }

    #[test]
    fn markdown_tables_keep_their_cells() {
        let blocks = vec![Block::Table {
            header: vec!["Nr.".into(), "Wat".into()],
            rows: vec![vec!["1".into(), "a | b".into()]],
        }];
        assert_eq!(
            markdown(&blocks),
            "| Nr. | Wat |\n|---|---|\n| 1 | a \\| b |\n\n"
        );
    }
}
