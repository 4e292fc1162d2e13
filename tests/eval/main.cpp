// telusur-eval: measures stemming accuracy, entity F1 and ranking quality on
// gold data read by path (see README, "Evaluation").
#include "tests/eval/eval_command.h"

#include "common/cli/options.h"
#include "common/errors.h"

#include <xapian.h>

#include <iostream>

namespace telusur::eval {
std::vector<CommandRegistrar>& command_registry() {
    static std::vector<CommandRegistrar> registry;
    return registry;
}
}  // namespace telusur::eval

namespace {

int run(int argc, char** argv) {
    CLI::App app{"telusur-eval: evaluate Telusur's stemmer, entity tagger and ranking on gold data", "telusur-eval"};
    app.require_subcommand(1);
    int exit_status = 0;
    for (const auto& registrar : telusur::eval::command_registry()) registrar(app, &exit_status);
    if (const auto status = telusur::cli::parse(app, argc, argv)) return *status;  // usage errors: exit 2
    return exit_status;
}

}  // namespace

int main(int argc, char** argv) {
    return telusur::run_tool("telusur-eval", [&] { return run(argc, argv); });
}
