/// The pricing suites, grouped so that `swift test --filter Pricing` runs them all.
enum PricingTests {}
