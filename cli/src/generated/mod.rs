// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! What `spec/api.toml` says, as the CLI's JSON output.

pub mod views;
