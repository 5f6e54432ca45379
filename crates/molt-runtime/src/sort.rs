//! Timsort, step for step as CPython 3.12's `listsort` (Objects/listsort.txt
//! describes the algorithm), driven only by a fallible `<` predicate.
//!
//! Python code can observe a sort: a user class's `__lt__` sees every
//! comparison, an inconsistent comparator decides the result, and a
//! comparison that raises stops the sort with the list in some permuted
//! state. Matching CPython therefore needs the same comparisons in the same
//! order, not merely a stable sort. This module reproduces:
//!
//! - runs: `count_run` finds the next ascending (`a[i] <= a[i+1]`) or
//!   strictly descending run; descending runs are reversed in place; short
//!   runs are extended to `minrun` items by binary insertion;
//! - the *powersort* merge policy (CPython 3.11+): each new run gets a
//!   "power" from the midpoints of it and its predecessor, and pending runs
//!   with a larger power are merged first; at the end the stack collapses;
//! - merges: `merge_at` trims what is already in place with one gallop on
//!   each side, then `merge_lo` or `merge_hi` (whichever needs the smaller
//!   temporary copy) merge one item at a time until one side wins
//!   `min_gallop` times in a row, then gallop (exponential then binary
//!   search) while that pays, adapting `min_gallop` as CPython does.
//!
//! If the predicate fails, the error is returned at once; every item is
//! still in the slice exactly once (the temporary copy is written back),
//! as in CPython.
//!
//! ```text
//! sort([3, 1, 2])  ->  count_run: 1 < 3, descending run [3, 1] reversed
//!                      binary insertion of 2 (minrun = 3)
//! ```

/// Initial threshold for entering galloping mode.
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged: `len` items from `base`, and its power
/// relative to the run after it.
#[derive(Copy, Clone)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// Sorts `v` stably by `lt` (a strict "less than"), exactly as CPython's
/// `list.sort` orders its comparisons.
pub fn timsort<T: Copy, E>(v: &mut [T], mut lt: impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { min_gallop: MIN_GALLOP, tmp: Vec::new(), pending: Vec::new(), n };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = count_run(&v[lo..], &mut lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binary_sort(&mut v[lo..lo + force], run, &mut lt)?;
            run = force;
        }
        ms.found_new_run(v, lo, run, &mut lt)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
    }
    ms.force_collapse(v, &mut lt)
}

/// CPython's `merge_compute_minrun`: the six most significant bits of `n`,
/// plus one if any lower bit is set, so `n / minrun` is a power of two or
/// just below one.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v` and whether it is strictly
/// descending (only strictly, so reversing it keeps the sort stable).
fn count_run<T: Copy, E>(v: &[T], lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(usize, bool), E> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(v[1], v[0])? {
        while n < v.len() && lt(v[n], v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(v[n], v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v` whose first `start` items are sorted.
fn binary_sort<T: Copy, E>(v: &mut [T], start: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
    let start = start.max(1);
    for i in start..v.len() {
        let pivot = v[i];
        let (mut l, mut r) = (0, i);
        // pivot >= all in [0, l), pivot < all in [r, i).
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Where `key` belongs in sorted `a`: the leftmost position (before equal
/// items), searching outward from `hint`.
fn gallop_left<T: Copy, E>(key: T, a: &[T], hint: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<usize, E> {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    if lt(a[hint], key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(a[hint + ofs as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint as isize;
        ofs += hint as isize;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint as isize + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(a[hint - ofs as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint as isize - ofs;
        ofs = hint as isize - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Like [`gallop_left`], but the rightmost position (after equal items).
fn gallop_right<T: Copy, E>(key: T, a: &[T], hint: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<usize, E> {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    if lt(key, a[hint])? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint as isize + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, a[hint - ofs as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint as isize - ofs;
        ofs = hint as isize - k;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, a[hint + ofs as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint as isize;
        ofs += hint as isize;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// CPython's `powerloop`: the depth in a conceptual binary merge tree of
/// the boundary between runs `[s1, s1+n1)` and `[s1+n1, s1+n1+n2)` in a
/// list of `n` items (the first bit where the midpoints' binary fractions
/// of `n` differ).
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// How a merge loop ended (CPython's labels in `merge_lo`/`merge_hi`).
enum Exit {
    /// Everything merged, or an error: copy back what is left in `tmp`.
    Done,
    /// One item of the temporary run is left; it goes at the far end.
    LastOfTmp,
}

struct MergeState<T> {
    min_gallop: usize,
    tmp: Vec<T>,
    pending: Vec<Run>,
    /// Length of the whole list (for run powers).
    n: usize,
}

impl<T: Copy> MergeState<T> {
    /// A new run of `len` items starts at `base`: merge pending runs whose
    /// power exceeds that of the boundary before it.
    fn found_new_run<E>(&mut self, v: &mut [T], base: usize, len: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
        let Some(top) = self.pending.last() else { return Ok(()) };
        debug_assert_eq!(top.base + top.len, base);
        let p = power(top.base, top.len, len, self.n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
            self.merge_at(v, self.pending.len() - 2, lt)?;
        }
        self.pending.last_mut().expect("a pending run").power = p;
        Ok(())
    }

    fn force_collapse<E>(&mut self, v: &mut [T], lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(v, i, lt)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at<E>(&mut self, v: &mut [T], i: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
        let Run { base: mut base_a, len: mut na, .. } = self.pending[i];
        let Run { base: base_b, len: mut nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of A before where B's first item goes are already in place.
        let k = gallop_right(v[base_b], &v[base_a..base_a + na], 0, lt)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of B after where A's last item goes are already in place.
        nb = gallop_left(v[base_a + na - 1], &v[base_b..base_b + nb], nb - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, base_a, na, nb, lt)
        } else {
            self.merge_hi(v, base_a, na, nb, lt)
        }
    }

    /// Merges adjacent runs A (`na` items at `base_a`) and B (`nb` items
    /// right after) with A copied out; requires A[0] > B[0] and A's last
    /// item > all of B.
    fn merge_lo<E>(&mut self, v: &mut [T], base_a: usize, mut na: usize, mut nb: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[base_a..base_a + na]);
        let tmp = &self.tmp;
        let mut dest = base_a;
        let mut ia = 0;
        let mut ib = base_a + na;
        let mut min_gallop = self.min_gallop;
        let mut error = None;
        v[dest] = v[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        let exit = 'merge: {
            if nb == 0 {
                break 'merge Exit::Done;
            }
            if na == 1 {
                break 'merge Exit::LastOfTmp;
            }
            macro_rules! try_lt {
                ($e:expr) => {
                    match $e {
                        Ok(x) => x,
                        Err(e) => {
                            error = Some(e);
                            break 'merge Exit::Done;
                        }
                    }
                };
            }
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                // One item at a time until a run wins `min_gallop` times in a row.
                loop {
                    if try_lt!(lt(v[ib], tmp[ia])) {
                        v[dest] = v[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge Exit::Done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge Exit::LastOfTmp;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Gallop while it keeps paying off.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = try_lt!(gallop_right(v[ib], &tmp[ia..ia + na], 0, lt));
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Exit::LastOfTmp;
                        }
                        // Impossible for a consistent comparison, but possible.
                        if na == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    v[dest] = v[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Exit::Done;
                    }
                    let k = try_lt!(gallop_left(tmp[ia], &v[ib..ib + nb], 0, lt));
                    bcount = k;
                    if k > 0 {
                        v.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    v[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Exit::LastOfTmp;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Penalize leaving galloping mode.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Done => v[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]),
            Exit::LastOfTmp => {
                v.copy_within(ib..ib + nb, dest);
                v[dest + nb] = tmp[ia];
            }
        }
        error.map_or(Ok(()), Err)
    }

    /// Like [`Self::merge_lo`], merging from the right with B copied out
    /// (used when B is the shorter run).
    fn merge_hi<E>(&mut self, v: &mut [T], base_a: usize, mut na: usize, mut nb: usize, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
        let base_b = base_a + na;
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[base_b..base_b + nb]);
        let tmp = &self.tmp;
        // Positions of the last unmerged items; may step to -1.
        let mut dest = (base_b + nb - 1) as isize;
        let mut ia = (base_a + na - 1) as isize;
        let mut ib = nb as isize - 1;
        let mut min_gallop = self.min_gallop;
        let mut error = None;
        let at = |i: isize| i as usize;
        v[at(dest)] = v[at(ia)];
        dest -= 1;
        ia -= 1;
        na -= 1;
        let exit = 'merge: {
            if na == 0 {
                break 'merge Exit::Done;
            }
            if nb == 1 {
                break 'merge Exit::LastOfTmp;
            }
            macro_rules! try_lt {
                ($e:expr) => {
                    match $e {
                        Ok(x) => x,
                        Err(e) => {
                            error = Some(e);
                            break 'merge Exit::Done;
                        }
                    }
                };
            }
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if try_lt!(lt(tmp[at(ib)], v[at(ia)])) {
                        v[at(dest)] = v[at(ia)];
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge Exit::Done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[at(dest)] = tmp[at(ib)];
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge Exit::LastOfTmp;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = try_lt!(gallop_right(tmp[at(ib)], &v[base_a..base_a + na], na - 1, lt));
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        v.copy_within(at(ia + 1)..at(ia + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    v[at(dest)] = tmp[at(ib)];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Exit::LastOfTmp;
                    }
                    let k = try_lt!(gallop_left(v[at(ia)], &tmp[..nb], nb - 1, lt));
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        v[at(dest + 1)..at(dest + 1) + k].copy_from_slice(&tmp[at(ib + 1)..at(ib + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Exit::LastOfTmp;
                        }
                        // Impossible for a consistent comparison, but possible.
                        if nb == 0 {
                            break 'merge Exit::Done;
                        }
                    }
                    v[at(dest)] = v[at(ia)];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Exit::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Done => {
                let start = at(dest + 1) - nb;
                v[start..start + nb].copy_from_slice(&tmp[..nb]);
            }
            Exit::LastOfTmp => {
                // B's first item goes in front of what is left of A.
                let from = at(ia + 1) - na;
                let to = at(dest + 1) - na;
                v.copy_within(from..from + na, to);
                v[to - 1] = tmp[at(ib)];
            }
        }
        error.map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably() {
        for n in [0, 1, 2, 5, 63, 64, 65, 1000, 5000] {
            let mut seed = n as u64;
            let mut v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % 37, i)).collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            timsort::<_, Infallible>(&mut v, |a, b| Ok(a.0 < b.0)).unwrap();
            assert_eq!(v, expected);
        }
    }

    #[test]
    fn sorts_structured_inputs() {
        // Runs, reversed runs and plateaus exercise galloping and merge_hi.
        let mut v: Vec<u64> = (0..3000).chain((0..2000).rev()).chain(std::iter::repeat_n(7, 500)).collect();
        let mut seed = 1;
        v.extend((0..3000).map(|_| lcg(&mut seed) % 100000));
        let mut expected = v.clone();
        expected.sort();
        timsort::<_, Infallible>(&mut v, |a, b| Ok(a < b)).unwrap();
        assert_eq!(v, expected);
    }

    #[test]
    fn survives_inconsistent_predicates() {
        let mut v: Vec<i32> = (0..500).collect();
        let mut seed = 9;
        timsort::<_, Infallible>(&mut v, |_, _| Ok(lcg(&mut seed) & 1 == 0)).unwrap();
        v.sort();
        assert_eq!(v, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn errors_keep_every_item() {
        let mut v: Vec<i32> = (0..2000).map(|i| (i * 7919) % 2000).collect();
        let mut calls = 0;
        let r = timsort(&mut v, |a, b| {
            calls += 1;
            if calls == 3000 { Err(()) } else { Ok(a < b) }
        });
        assert!(r.is_err());
        v.sort();
        assert_eq!(v, (0..2000).collect::<Vec<_>>());
    }

    #[test]
    fn minrun_and_power() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
        assert_eq!(power(0, 32, 32, 128), 2);
        assert_eq!(power(0, 64, 64, 128), 1);
    }
}
