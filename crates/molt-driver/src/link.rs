//! Linking the generated object with the runtime archive embedded in the
//! compiler, using the system C compiler driver (`cc`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::BuildError;

static RUNTIME: &[u8] = include_bytes!(env!("MOLT_RUNTIME_ARCHIVE"));
const RUNTIME_HASH: &str = env!("MOLT_RUNTIME_HASH");

/// The runtime archive on disk, extracted once per runtime version.
pub fn runtime_archive() -> Result<PathBuf, BuildError> {
    let dir = crate::cache::cache_dir();
    let path = dir.join(format!("libmolt_runtime-{RUNTIME_HASH}.a"));
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).map_err(|e| BuildError::Internal(format!("cannot create {}: {e}", dir.display())))?;
    let tmp = crate::cache::temp_sibling(&path);
    std::fs::write(&tmp, RUNTIME).map_err(|e| BuildError::Internal(format!("cannot write the runtime: {e}")))?;
    std::fs::rename(&tmp, &path).map_err(|e| BuildError::Internal(format!("cannot write the runtime: {e}")))?;
    Ok(path)
}

/// Links `object` into an executable at `output`.
pub fn link(object: &[u8], output: &Path) -> Result<(), BuildError> {
    let runtime = runtime_archive()?;
    let obj_path = std::path::PathBuf::from(format!("{}.o", crate::cache::temp_sibling(output).display()));
    std::fs::write(&obj_path, object).map_err(|e| BuildError::Internal(format!("cannot write {}: {e}", obj_path.display())))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let result = Command::new(&cc)
        .arg("-o")
        .arg(output)
        .arg(&obj_path)
        .arg(&runtime)
        .args(["-lm", "-lpthread", "-ldl", "-Wl,--gc-sections", "-Wl,-O1"])
        .output();
    let _ = std::fs::remove_file(&obj_path);
    match result {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(BuildError::Internal(format!(
            "linking with `{cc}` failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ))),
        Err(e) => Err(BuildError::Internal(format!("cannot run the linker `{cc}`: {e}"))),
    }
}
