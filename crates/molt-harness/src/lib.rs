//! Test and benchmark runners that use CPython 3.12 as the oracle and the
//! baseline.

pub mod bench;
pub mod compare;
pub mod cpython;
pub mod differential;
