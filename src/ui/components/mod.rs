//! Pieces the pages share.
pub mod chart;
pub mod disclosure;
pub mod fields;
pub mod figures;
pub mod header;
pub mod notices;
pub mod page;
pub mod stopwatch;
pub mod timer;
pub mod verdict;
