//! HTML for printing (`--format html`): escaping, a table, and a page around it. Documents with a
//! shape of their own (the attendance list) build on these; any listing or record without one
//! prints as a plain table, so every command's rows can be printed.

/// Text made safe for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A table: `header` cells and rows of cells, all escaped here. A cell of a column named in
/// `blank` is left empty and tall (a signature box).
pub fn table(header: &[String], rows: &[Vec<String>], blank: &[&str]) -> String {
    let mut h = String::from("<table>\n<tr>");
    for c in header {
        h.push_str(&format!("<th>{}</th>", escape(c)));
    }
    h.push_str("</tr>\n");
    for row in rows {
        h.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            match header.get(i) {
                Some(name) if blank.contains(&name.as_str()) => {
                    h.push_str("<td class=\"sign\"></td>");
                }
                _ => h.push_str(&format!("<td>{}</td>", escape(c))),
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
    h
}

/// A whole page in language `lang` ("nl", "en") with `title` and a `body` already in HTML.
pub fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>body{{font-family:sans-serif}}table{{border-collapse:collapse;width:100%}}\
         th,td{{border:1px solid #444;padding:4px 6px;text-align:left}}\
         td.sign{{width:30%;height:2em}}</style>\n</head><body>\n{}</body></html>\n",
        escape(lang),
        escape(title),
        body
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_escaped_and_signature_columns_left_empty() {
        let header = vec!["Naam".to_string(), "Handtekening".to_string()];
        let rows = vec![vec!["<b>Jan & Piet</b>".to_string(), "x".to_string()]];
        let t = table(&header, &rows, &["Handtekening"]);
        assert!(
            t.contains("<td>&lt;b&gt;Jan &amp; Piet&lt;/b&gt;</td>"),
            "{t}"
        );
        assert!(t.contains("<td class=\"sign\"></td>"), "{t}");
        let p = page("nl", "A \"quote\"", &t);
        assert!(p.starts_with("<!DOCTYPE html>") && p.contains("lang=\"nl\""));
        assert!(p.contains("<title>A &quot;quote&quot;</title>"));
    }
}
