// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "plansite",
    // No `platforms:` minimum: only Debian 12 on x86-64 is built and tested (see README, Installing).
    products: [
        .executable(name: "plansite", targets: ["plansite"]),
        .library(name: "PlanSite", targets: ["PlanSite"]),
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
        .target(
            name: "PlanSite",
            dependencies: [
                "CCmark",
                "CLibYAML",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            plugins: ["EmbedTheme"]
        ),
        .executableTarget(
            name: "plansite",
            dependencies: [
                "PlanSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Turns Templates/ into a Swift source file at build time, so an installed binary
        // carries the default theme and Templates/ stays its only source.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .testTarget(
            name: "PlanSiteTests",
            dependencies: ["PlanSite", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
