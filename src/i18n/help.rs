//! `--help` in Dutch: the built clap command tree is walked once and each command's about and
//! each argument's help replaced by the catalogue's (`i18n/nl/help.ftl`), keyed by the command
//! path and the argument id: `help-vote-cast`, `help-vote-cast--code`; a global option
//! (`--db`) is `help--db` wherever it shows. English is what the doc comments say, untouched.

use super::dutch_help_text;

/// The help key of the command at `path` (`["vote", "cast"]`), or of its argument `arg`.
pub fn key(path: &[&str], arg: Option<&str>) -> String {
    let mut key = String::from("help");
    for name in path {
        key.push('-');
        key.push_str(name);
    }
    if let Some(arg) = arg {
        key.push_str("--");
        key.push_str(arg);
    }
    key
}

/// Options clap or `cli::command` put on every command: one help text, at the top.
const EVERYWHERE: &[&str] = &["help", "version", "ui_lang"];

/// The key a help text is looked up under, in order: the command's own, then (for the options
/// clap adds or copies everywhere: `--help`, `--version`, the global ones, the `help` command)
/// the one at the top.
fn lookup(path: &[&str], arg: Option<&str>) -> Option<String> {
    dutch_help_text(&key(path, arg)).or_else(|| match (path.last(), arg) {
        (_, Some(arg)) => dutch_help_text(&key(&[], Some(arg))),
        (Some(&"help"), None) => dutch_help_text(&key(&["help"], None)),
        _ => None,
    })
}

/// The tree with Dutch help, headings and usage line. `cmd` is built here (clap adds `--help`,
/// `--version` and copies the global options into every command only then).
pub fn dutch(mut cmd: clap::Command) -> clap::Command {
    cmd.build();
    walk(cmd, &mut Vec::new())
}

fn walk(mut cmd: clap::Command, path: &mut Vec<String>) -> clap::Command {
    let nl = crate::domain::lang::Lang::Nl;
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    if let Some(about) = lookup(&names, None) {
        cmd = cmd.about(about).long_about(None::<&str>);
    }
    let ids: Vec<(String, bool, Option<String>)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().to_string(),
                a.is_positional(),
                a.get_help_heading().map(str::to_string),
            )
        })
        .collect();
    for (id, positional, heading) in ids {
        let text = lookup(&names, Some(&id));
        let heading = match heading.as_deref() {
            Some("Global options") => super::t(nl, "help-heading-global", &[]),
            Some(other) => other.to_string(),
            None if positional => super::t(nl, "help-heading-arguments", &[]),
            None => super::t(nl, "help-heading-options", &[]),
        };
        cmd = cmd.mut_arg(&id, |a| {
            // Under a heading of its own clap sorts by name; the positionals keep their order.
            let order = a.get_index();
            let a = a.help_heading(heading);
            let a = match order {
                Some(i) if positional => a.display_order(i),
                _ => a,
            };
            match text {
                Some(text) => a.help(text).long_help(None::<&str>),
                None => a,
            }
        });
    }
    // The examples `cli::examples` appends keep their commands; only their heading is Dutch.
    let examples = |h: &clap::builder::StyledStr| {
        h.to_string().replacen(
            &super::t(crate::domain::lang::Lang::En, "help-examples", &[]),
            &super::t(nl, "help-examples", &[]),
            1,
        )
    };
    if let Some(after) = cmd.get_after_help().map(examples) {
        cmd = cmd.after_help(after);
    }
    if let Some(after) = cmd.get_after_long_help().map(examples) {
        cmd = cmd.after_long_help(after);
    }
    cmd = cmd
        .subcommand_help_heading(super::t(nl, "help-heading-commands", &[]))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            super::t(nl, "help-heading-usage", &[])
        ));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        path.push(name.clone());
        let sub = cmd
            .find_subcommand(&name)
            .cloned()
            .expect("listed just now");
        let sub = walk(sub, path);
        path.pop();
        cmd = cmd.mut_subcommand(&name, |_| sub);
    }
    cmd
}

/// Every help key the command tree asks for, with the English text it replaces (for the test
/// that every command and argument has its Dutch, and for writing the catalogue).
pub fn wanted(cmd: &clap::Command) -> Vec<(String, String)> {
    let mut cmd = cmd.clone();
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &mut Vec::new(), &mut out);
    out
}

fn collect(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let english =
        |s: Option<&clap::builder::StyledStr>| s.map(|s| s.to_string()).unwrap_or_default();
    let own = key(&names, None);
    if names.last() != Some(&"help") || names.len() == 1 {
        out.push((own, english(cmd.get_long_about().or(cmd.get_about()))));
    }
    for a in cmd.get_arguments() {
        let id = a.get_id().as_str();
        let top = key(&[], Some(id));
        let k = key(&names, Some(id));
        // An argument at the top stands for its copies below unless one has a help of its own.
        let text = english(a.get_long_help().or(a.get_help()));
        if !names.is_empty() && (a.is_global_set() || EVERYWHERE.contains(&id)) {
            if !out.iter().any(|(k2, _)| *k2 == top) {
                out.push((top, text));
            }
            continue;
        }
        out.push((k, text));
    }
    if names.first() == Some(&"help") {
        return;
    }
    let top = names.is_empty();
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" && !top {
            continue;
        }
        path.push(sub.get_name().to_string());
        collect(sub, path, out);
        path.pop();
    }
}
