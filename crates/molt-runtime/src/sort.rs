//! A stable merge sort driven only by a `<` predicate.
//!
//! Python's sort must survive comparison functions that are inconsistent or
//! raise part-way, so it cannot use an algorithm that assumes a total order
//! (the standard library's may panic then). Runs of up to `RUN` items are
//! sorted by binary insertion, then merged pairwise; each merge takes from
//! the right only when it is strictly less, which keeps the sort stable.

/// Length of the runs sorted by insertion before merging.
const RUN: usize = 32;

/// Sorts `items` stably by `less`.
pub fn merge_sort<T: Copy>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let n = items.len();
    for start in (0..n).step_by(RUN) {
        insertion_sort(&mut items[start..(start + RUN).min(n)], &mut less);
    }
    let mut buf: Vec<T> = Vec::with_capacity(n);
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start + width < n {
            let mid = start + width;
            let end = (start + 2 * width).min(n);
            merge(&mut items[start..end], mid - start, &mut buf, &mut less);
            start = end;
        }
        width *= 2;
    }
}

fn insertion_sort<T: Copy>(items: &mut [T], less: &mut impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let x = items[i];
        // Binary search for the first position whose item is greater than x.
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if less(&x, &items[mid]) { hi = mid } else { lo = mid + 1 }
        }
        items.copy_within(lo..i, lo + 1);
        items[lo] = x;
    }
}

fn merge<T: Copy>(items: &mut [T], mid: usize, buf: &mut Vec<T>, less: &mut impl FnMut(&T, &T) -> bool) {
    buf.clear();
    buf.extend_from_slice(&items[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < items.len() {
        if less(&items[j], &buf[i]) {
            items[k] = items[j];
            j += 1;
        } else {
            items[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < buf.len() {
        items[k] = buf[i];
        i += 1;
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(i32, usize)> = (0..1000).map(|i| ((i * 7919 % 101) as i32, i)).collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        merge_sort(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, expected);
    }

    #[test]
    fn survives_inconsistent_predicates() {
        let mut v: Vec<i32> = (0..500).collect();
        let mut flip = false;
        merge_sort(&mut v, |_, _| {
            flip = !flip;
            flip
        });
        v.sort();
        assert_eq!(v, (0..500).collect::<Vec<_>>());
    }
}
