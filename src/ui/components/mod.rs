//! Pieces the pages share.
pub mod chart;
pub mod disclosure;
pub mod fields;
pub mod figures;
pub mod header;
pub mod log_reader;
pub mod log_result;
pub mod notices;
pub mod page;
pub mod stopwatch;
pub mod timer;
pub mod verdict;
