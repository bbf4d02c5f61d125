//! The SVG map of the 53 districts.

mod district_map;
pub mod nav;

pub use district_map::DistrictMap;
