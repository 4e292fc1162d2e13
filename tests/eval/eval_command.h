// Subcommands of telusur-eval register themselves here, so that each
// evaluation (stem, ner, ir) lives in its own file and main() stays thin.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

namespace telusur::eval {

/// Adds one subcommand to the app; the callback it installs runs the command
/// and stores its exit status in *exit_status.
using CommandRegistrar = std::function<void(CLI::App& app, int* exit_status)>;

/// The registered subcommands, in registration order.
std::vector<CommandRegistrar>& command_registry();

/// Declare one at namespace scope in a subcommand's .cpp:
///   static const RegisterCommand reg{[](CLI::App& app, int* rc) { ... }};
struct RegisterCommand {
    explicit RegisterCommand(CommandRegistrar registrar) { command_registry().push_back(std::move(registrar)); }
};

}  // namespace telusur::eval
