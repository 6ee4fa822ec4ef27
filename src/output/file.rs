//! Where a file with personal data is written: atomically and owner-only, or to stdout.
//!
//! Only a regular file (or a new name) is written through a temporary file and a rename: a
//! device, a FIFO or `/dev/stdout` is something else's, so it is written straight, as a shell
//! redirection would. `-` is stdout.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::Output;
use crate::files::{create_private, sweep_leftovers, temp_name};

/// A file that appears under its name only when complete: written beside it under a temporary
/// name (owner-only: it holds personal data), synced, then renamed over it. Dropped uncommitted,
/// the temporary file is removed and an existing file is left as it was.
pub struct AtomicFile {
    /// The temporary name, or `None` for a file without a name until it is committed.
    tmp: Option<PathBuf>,
    dest: PathBuf,
    file: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(dest: &Path) -> anyhow::Result<AtomicFile> {
        sweep_leftovers(dest);
        #[cfg(target_os = "linux")]
        if let Some(file) = crate::files::create_unnamed(folder(dest)) {
            return Ok(AtomicFile {
                tmp: None,
                dest: dest.to_path_buf(),
                file: Some(BufWriter::with_capacity(256 * 1024, file)),
            });
        }
        let tmp = temp_name(dest, std::process::id())?;
        let file = create_private(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        Ok(AtomicFile {
            tmp: Some(tmp),
            dest: dest.to_path_buf(),
            file: Some(BufWriter::with_capacity(256 * 1024, file)),
        })
    }

    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.file.as_mut().expect("not committed yet")
    }

    pub fn commit(mut self) -> anyhow::Result<()> {
        let file = self.file.take().expect("committed once");
        let file = file.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        match &self.tmp {
            Some(tmp) => {
                drop(file);
                std::fs::rename(tmp, &self.dest)
                    .with_context(|| format!("writing {}", self.dest.display()))?;
            }
            None => {
                #[cfg(target_os = "linux")]
                crate::files::link_unnamed(&file, &self.dest)?;
            }
        }
        // The new name is durable once the folder is synced too (best effort: not every
        // platform can open a folder for that).
        #[cfg(unix)]
        if let Ok(d) = File::open(folder(&self.dest)) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

/// The folder `dest` is in (`.` for a bare name).
fn folder(dest: &Path) -> &Path {
    match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Where an export goes, decided from what is at the path now.
enum Destination {
    Stdout,
    /// A regular file or a new name: write beside it, then rename.
    Atomic,
    /// A device, FIFO or socket (`/dev/stdout`, `/dev/full`, a pipe): write into it.
    Straight,
}

fn destination(path: &Path) -> Destination {
    if path.as_os_str() == "-" {
        return Destination::Stdout;
    }
    // Following symlinks: `/dev/stdout` is a link to the process's descriptor.
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => Destination::Straight,
        _ => Destination::Atomic,
    }
}

/// A device or FIFO whose write errors name it (`/dev/full`: "writing /dev/full: No space…").
struct Named<'p> {
    file: File,
    path: &'p Path,
}

impl Write for Named<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf).map_err(|e| self.name(e))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush().map_err(|e| self.name(e))
    }
}

impl Named<'_> {
    fn name(&self, e: std::io::Error) -> std::io::Error {
        std::io::Error::new(e.kind(), format!("writing {}: {e}", self.path.display()))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.is_some()
            && let Some(tmp) = &self.tmp
        {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

impl Output {
    /// Runs `write` on the export's destination: `path` (atomically, owner-only, when it is a
    /// regular file or a new name; straight into a device or FIFO), or stdout (no path, or `-`).
    pub fn export_to<T>(
        &self,
        path: Option<&Path>,
        write: impl FnOnce(&mut (dyn Write + Send)) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        match path.map(|p| (p, destination(p))) {
            Some((p, Destination::Atomic)) => {
                let mut file = AtomicFile::create(p)?;
                let value = write(file.writer())?;
                file.commit()?;
                Ok(value)
            }
            Some((p, Destination::Straight)) => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .with_context(|| format!("opening {}", p.display()))?;
                let mut out = BufWriter::with_capacity(256 * 1024, Named { file, path: p });
                let value = write(&mut out)?;
                out.flush()
                    .with_context(|| format!("writing {}", p.display()))?;
                Ok(value)
            }
            Some((_, Destination::Stdout)) | None => {
                // Not locked: a lock cannot move to the thread that writes a large export.
                let mut out = BufWriter::with_capacity(256 * 1024, std::io::stdout());
                let value = write(&mut out)?;
                out.flush()?;
                Ok(value)
            }
        }
    }
}
