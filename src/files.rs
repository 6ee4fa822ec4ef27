//! Files quorum makes beside others: new files readable by their owner only (they hold personal
//! data), hidden temporary names that say which process writes them, and the sweep of what a
//! killed process left. Shared by the store (backups, restores, the copy before an upgrade), the
//! exports and the editor's scratch file.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

/// Creates `path`, which must not exist yet, writable and readable by its owner only.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// `.NAME.<pid>.tmp` beside `dest`: hidden, and naming the process that writes it.
pub fn temp_name(dest: &Path, pid: u32) -> anyhow::Result<PathBuf> {
    let name = dest
        .file_name()
        .with_context(|| format!("{} is not a file name", dest.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{pid}.tmp"));
    Ok(dest.with_file_name(tmp_name))
}

/// A file without a name in `dir` (Linux `O_TMPFILE`), owner-only, or `None` where the system or
/// the file system has none (then the caller writes under `temp_name`). A process killed while
/// writing it leaves nothing behind: the kernel frees a file no name points to.
#[cfg(target_os = "linux")]
pub fn create_unnamed(dir: &Path) -> Option<File> {
    use rustix::fs::{Mode, OFlags};
    // Linking it in at the end goes through /proc/self/fd (open(2), O_TMPFILE); without /proc
    // the file could never get its name.
    if !Path::new("/proc/self/fd").is_dir() {
        return None;
    }
    let fd = rustix::fs::open(
        dir,
        OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o600),
    )
    .ok()?;
    Some(File::from(fd))
}

/// Gives the unnamed `file` the name `dest`, replacing what is there: linked in at once when the
/// name is free; else linked under `temp_name` and renamed over it (the one moment a name other
/// than `dest` exists, which the next write's sweep clears after a kill).
#[cfg(target_os = "linux")]
pub fn link_unnamed(file: &File, dest: &Path) -> anyhow::Result<()> {
    use std::os::fd::AsRawFd as _;
    let proc = format!("/proc/self/fd/{}", file.as_raw_fd());
    let link = |to: &Path| {
        rustix::fs::linkat(
            rustix::fs::CWD,
            proc.as_str(),
            rustix::fs::CWD,
            to,
            rustix::fs::AtFlags::SYMLINK_FOLLOW,
        )
    };
    match link(dest) {
        Ok(()) => Ok(()),
        Err(rustix::io::Errno::EXIST) => {
            let tmp = temp_name(dest, std::process::id())?;
            let _ = std::fs::remove_file(&tmp);
            link(&tmp)
                .map_err(std::io::Error::from)
                .with_context(|| format!("writing {}", tmp.display()))?;
            std::fs::rename(&tmp, dest).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                anyhow::Error::from(e).context(format!("writing {}", dest.display()))
            })
        }
        Err(e) => Err(anyhow::Error::from(std::io::Error::from(e))
            .context(format!("writing {}", dest.display()))),
    }
}

/// Removes the temporary files a killed quorum left beside `dest` (they hold personal data).
/// A kill -9 runs no destructor: where there are no unnamed files (`create_unnamed`), the next
/// write to the same name clears what a dead process left. A file of a process that still runs
/// is another export at work and stays.
pub fn sweep_leftovers(dest: &Path) {
    let Some(name) = dest.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && process_is_gone(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// True only when we can tell the process no longer exists (Linux: no `/proc/PID`). Elsewhere
/// nothing is swept rather than risk removing a running export's file.
fn process_is_gone(pid: u32) -> bool {
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        !Path::new(&format!("/proc/{pid}")).exists()
    } else {
        false
    }
}
