//! Builds the runtime static library (always optimised, in its own target
//! directory) and hands its path and content hash to the driver, which
//! embeds it: the `molt` binary carries everything it needs to link.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let workspace = manifest.join("../..").canonicalize().expect("workspace root");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    // OUT_DIR is <target>/<profile>/build/<pkg>/out: reuse <target>.
    let target_dir = out_dir.ancestors().nth(4).map(PathBuf::from).unwrap_or_else(|| workspace.join("target"));
    let runtime_target = target_dir.join("molt-runtime");
    for dir in ["crates/molt-runtime", "crates/molt-abi"] {
        println!("cargo:rerun-if-changed={}", workspace.join(dir).display());
    }
    println!("cargo:rerun-if-changed={}", workspace.join("Cargo.lock").display());
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&workspace)
        .args(["build", "--release", "--lib", "-p", "molt-runtime", "--target-dir"])
        .arg(&runtime_target)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .status()
        .expect("running cargo to build the runtime");
    assert!(status.success(), "building the Molt runtime failed");
    let archive = runtime_target.join("release/libmolt_runtime.a");
    let bytes = std::fs::read(&archive).expect("reading the runtime archive");
    // FNV-1a: a content hash to name the extracted copy.
    let mut hash: u64 = 0xcbf29ce484222325;
    for b in &bytes {
        hash ^= *b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    println!("cargo:rustc-env=MOLT_RUNTIME_ARCHIVE={}", archive.display());
    println!("cargo:rustc-env=MOLT_RUNTIME_HASH={hash:016x}");
}
