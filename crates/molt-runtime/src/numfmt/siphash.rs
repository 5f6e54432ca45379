//! SipHash-1-3, CPython 3.12's hash function for `str`, `bytes` and other
//! buffers on 64-bit platforms (`Py_HASH_ALGORITHM` defaults to
//! `Py_HASH_SIPHASH13` since 3.11), and the derivation of its key from
//! `PYTHONHASHSEED`.
//!
//! SipHash (Aumasson and Bernstein) keeps four 64-bit words seeded from a
//! 128-bit key, mixes in the message one little-endian 64-bit word at a time
//! with one "SipRound" each (the "1"), pads the final partial word with the
//! message length in its top byte, and finishes with three SipRounds (the
//! "3"). The output is the XOR of the four words.
//!
//! CPython's key is the first 16 bytes of `_Py_HashSecret`, read as two
//! little-endian words `k0`, `k1`. `PYTHONHASHSEED=0` zeroes the secret;
//! any other seed fills it with a linear congruential generator
//! (`lcg_urandom` in Python/bootstrap_hash.c):
//! `x = x * 214013 + 2531011 (mod 2**32)`, one byte `(x >> 16) & 0xff` per
//! step, starting from `x = seed`.

/// Multiplier of CPython's `lcg_urandom`.
const LCG_MULTIPLIER: u32 = 214_013;
/// Increment of CPython's `lcg_urandom`.
const LCG_INCREMENT: u32 = 2_531_011;

/// The SipHash key `(k0, k1)` CPython derives from `PYTHONHASHSEED=seed`.
pub fn hash_secret_from_seed(seed: u32) -> (u64, u64) {
    let mut secret = [0u8; 16];
    if seed != 0 {
        let mut x = seed;
        for byte in &mut secret {
            x = x.wrapping_mul(LCG_MULTIPLIER).wrapping_add(LCG_INCREMENT);
            *byte = (x >> 16) as u8;
        }
    }
    let [a, b, c, d, e, f, g, h, rest @ ..] = secret;
    (
        u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        u64::from_le_bytes(rest),
    )
}

/// SipHash-1-3 of `bytes` under the key `(k0, k1)`.
pub fn siphash13(k0: u64, k1: u64, bytes: &[u8]) -> u64 {
    let mut hasher = SipHasher13::new(k0, k1);
    hasher.write(bytes);
    hasher.finish()
}

/// Incremental SipHash-1-3, so that text can be hashed in CPython's
/// fixed-width layout without materialising that layout.
pub(super) struct SipHasher13 {
    state: [u64; 4],
    /// Bytes of the current, incomplete message word (little-endian).
    pending: u64,
    /// Number of bytes in `pending`, below 8.
    pending_len: u32,
    /// Total message length; only its low byte enters the hash.
    length: u64,
}

impl SipHasher13 {
    /// A hasher keyed with `(k0, k1)`.
    pub fn new(k0: u64, k1: u64) -> SipHasher13 {
        SipHasher13 {
            state: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            pending: 0,
            pending_len: 0,
            length: 0,
        }
    }

    /// Appends `bytes` to the message.
    pub fn write(&mut self, bytes: &[u8]) {
        self.length = self.length.wrapping_add(bytes.len() as u64);
        let mut rest = bytes;
        while self.pending_len > 0 && !rest.is_empty() {
            self.push_byte(rest[0]);
            rest = &rest[1..];
        }
        let mut words = rest.chunks_exact(8);
        for word in &mut words {
            let mut le = [0u8; 8];
            le.copy_from_slice(word);
            self.compress(u64::from_le_bytes(le));
        }
        for &byte in words.remainder() {
            self.push_byte(byte);
        }
    }

    /// The hash of everything written so far.
    pub fn finish(mut self) -> u64 {
        let last = self.pending | (self.length << 56);
        self.compress(last);
        self.state[2] ^= 0xff;
        for _ in 0..3 {
            self.round();
        }
        let [v0, v1, v2, v3] = self.state;
        v0 ^ v1 ^ v2 ^ v3
    }

    /// Adds one byte to the pending word, compressing it once full.
    fn push_byte(&mut self, byte: u8) {
        self.pending |= u64::from(byte) << (8 * self.pending_len);
        self.pending_len += 1;
        if self.pending_len == 8 {
            let word = self.pending;
            self.pending = 0;
            self.pending_len = 0;
            self.compress(word);
        }
    }

    /// Mixes one message word in with a single SipRound.
    fn compress(&mut self, word: u64) {
        self.state[3] ^= word;
        self.round();
        self.state[0] ^= word;
    }

    /// One SipRound.
    fn round(&mut self) {
        let [v0, v1, v2, v3] = &mut self.state;
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_zero_is_the_zero_key() {
        assert_eq!(hash_secret_from_seed(0), (0, 0));
    }

    #[test]
    fn seeded_keys_follow_the_lcg() {
        // First bytes for seed 1: x1 = 2745024, x2 = 3357800067, ...
        let (k0, _) = hash_secret_from_seed(1);
        assert_eq!(k0 & 0xff, u64::from((2_745_024u32 >> 16) & 0xff));
        assert_eq!((k0 >> 8) & 0xff, u64::from((3_357_800_067u32 >> 16) & 0xff));
    }

    /// The raw function under the zero key, checked against CPython through
    /// `hash(b'abc')` with `PYTHONHASHSEED=0` (which is the raw value
    /// reinterpreted as signed).
    #[test]
    fn raw_hash_matches_cpython() {
        assert_eq!(siphash13(0, 0, b"abc") as i64, -4594863902769663758);
        let (k0, k1) = hash_secret_from_seed(42);
        assert_eq!(siphash13(k0, k1, b"abc") as i64, 3869580338025362921);
    }

    #[test]
    fn incremental_writes_agree_with_one_shot() {
        let message: Vec<u8> = (0u8..=200).collect();
        let expected = siphash13(7, 9, &message);
        for split in [0, 1, 7, 8, 9, 15, 16, 100, 201] {
            let mut hasher = SipHasher13::new(7, 9);
            hasher.write(&message[..split]);
            hasher.write(&message[split..]);
            assert_eq!(hasher.finish(), expected, "split at {split}");
        }
        let mut hasher = SipHasher13::new(7, 9);
        for byte in &message {
            hasher.write(std::slice::from_ref(byte));
        }
        assert_eq!(hasher.finish(), expected);
    }
}
