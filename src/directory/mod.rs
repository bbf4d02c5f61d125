//! The help directory: the panel for the selected district and the list of all districts.

mod centre_card;
pub mod deeplink;
mod list;
mod panel;
pub mod search;

pub use centre_card::CentreCard;
pub use list::DistrictList;
pub use panel::DistrictPanel;

/// Id of the panel heading, which receives focus when a district is chosen from the list.
pub const PANEL_HEADING_ID: &str = "panel-heading";
