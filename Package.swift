// swift-tools-version: 6.0
import PackageDescription

// The library in layers, each a target, so the compiler enforces the one direction of flow:
//
//   PlanSiteSupport      parallel map, byte sinks, number and year formatting, escaping
//   PlanSiteCore         model and schema, loading, validation, progress, Markdown
//   PlanSiteRendering    the template engine and the contract page models fulfil, the theme
//   PlanSite             page models (Presentation) and the build: orchestration and output (Site)
//   PlanSiteImport       spreadsheets into report.yml            (beside the site, on Core)
//   PlanSitePreview      `plansite serve`                         (on top of PlanSite)
//
// Release builds optimise across the layers as if they were one module (the split costs
// nothing at run time; measured with `make bench`).
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "plansite",
    // No `platforms:` minimum: only Debian 12 on x86-64 is built and tested (see README, Installing).
    products: [
        .executable(name: "plansite", targets: ["plansite"]),
        .library(name: "PlanSite", targets: ["PlanSite", "PlanSiteImport", "PlanSitePreview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Async sockets for the preview server of `plansite serve` (its FlyingSocks module only).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark-dev (CommonMark 0.30, safe by default).
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // Debian's libyaml-dev: its event parser feeds the typed loader directly.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "PlanSiteSupport", swiftSettings: crossModule),
        .target(name: "PlanSiteCore", dependencies: ["PlanSiteSupport", "CCmark", "CLibYAML"], swiftSettings: crossModule),
        .target(
            name: "PlanSiteRendering", dependencies: ["PlanSiteSupport", "PlanSiteCore"], swiftSettings: crossModule,
            plugins: ["EmbedTheme"]
        ),
        .target(name: "PlanSite", dependencies: ["PlanSiteSupport", "PlanSiteCore", "PlanSiteRendering"], swiftSettings: crossModule),
        .target(name: "PlanSiteImport", dependencies: ["PlanSiteSupport", "PlanSiteCore"], swiftSettings: crossModule),
        .target(
            name: "PlanSitePreview",
            dependencies: ["PlanSiteSupport", "PlanSiteCore", "PlanSite", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "plansite",
            dependencies: [
                "PlanSiteCore", "PlanSite", "PlanSiteImport", "PlanSitePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Turns Templates/ into a Swift source file at build time, so an installed binary
        // carries the default theme and Templates/ stays its only source.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .testTarget(
            name: "PlanSiteTests",
            dependencies: [
                "PlanSiteSupport", "PlanSiteCore", "PlanSiteRendering", "PlanSite", "PlanSiteImport", "PlanSitePreview",
                // The reference renderer every page is compared with, byte for byte.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
