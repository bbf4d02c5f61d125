//! The help directory: the panel for the selected district, the list of all districts, and
//! the ways to find a district (search, "where am I", deep links).

mod centre_card;
pub mod deeplink;
mod find;
mod list;
pub mod locate;
mod panel;
pub mod search;
mod search_box;

pub use centre_card::CentreCard;
pub use find::{reveal_panel, show_district, FindHelp};
pub use list::DistrictList;
pub use panel::DistrictPanel;

/// Id of the panel heading, which receives focus when a district is chosen from the list.
pub const PANEL_HEADING_ID: &str = "panel-heading";
