//! The local VPC endpoint emulator (being built).
