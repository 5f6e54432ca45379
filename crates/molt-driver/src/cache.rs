//! The build cache: compiled programs keyed by a hash of everything that
//! determines them (their sources and the compiler itself).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::BuildError;

/// `$MOLT_CACHE_DIR`, else `$XDG_CACHE_HOME/molt`, else `~/.cache/molt`.
pub fn cache_dir() -> PathBuf {
    if let Ok(d) = std::env::var("MOLT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Ok(d) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("molt");
    }
    match std::env::var("HOME") {
        Ok(h) => PathBuf::from(h).join(".cache/molt"),
        Err(_) => std::env::temp_dir().join("molt-cache"),
    }
}

/// FNV-1a over bytes, continuing from `hash`.
fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= *b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash
}

/// The cache key of a program: the paths and contents of every module it
/// loads, and the identity of this compiler build.
pub fn program_key(entry: &Path) -> Result<String, BuildError> {
    let modules = molt_frontend::graph::load_program(entry)?;
    let mut files: BTreeMap<String, u64> = BTreeMap::new();
    for m in &modules {
        files.insert(format!("{}={}", m.name, m.source.path), fnv(0xcbf29ce484222325, m.source.text.as_bytes()));
    }
    let mut hash = fnv(0xcbf29ce484222325, compiler_identity().as_bytes());
    for (k, v) in files {
        hash = fnv(hash, k.as_bytes());
        hash = fnv(hash, &v.to_le_bytes());
    }
    Ok(format!("{hash:016x}"))
}

/// Changes whenever the compiler binary changes.
fn compiler_identity() -> String {
    let exe = std::env::current_exe().ok();
    let meta = exe.as_ref().and_then(|e| std::fs::metadata(e).ok());
    let stamp = meta.map_or(0, |m| {
        m.len() ^ m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as u64)
    });
    format!("{}-{}-{stamp}", env!("CARGO_PKG_VERSION"), env!("MOLT_RUNTIME_HASH"))
}

/// A unique temporary path next to `path` (same directory, so a rename
/// into place is atomic), distinct across threads and processes.
pub fn temp_sibling(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_extension(format!("tmp{}-{n}", std::process::id()))
}
