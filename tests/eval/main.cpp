// telusur-eval: measures stemming accuracy, entity F1 and ranking quality on
// gold data read by path (see README, "Evaluation").
#include "tests/eval/eval_command.h"

#include <xapian.h>

#include <iostream>

namespace telusur::eval {
std::vector<CommandRegistrar>& command_registry() {
    static std::vector<CommandRegistrar> registry;
    return registry;
}
}  // namespace telusur::eval

int main(int argc, char** argv) try {
    CLI::App app{"telusur-eval: evaluate Telusur's stemmer, entity tagger and ranking on gold data"};
    app.require_subcommand(1);
    int exit_status = 0;
    for (const auto& registrar : telusur::eval::command_registry()) registrar(app, &exit_status);
    CLI11_PARSE(app, argc, argv);
    return exit_status;
} catch (const Xapian::Error& e) {
    std::cerr << "telusur-eval: error: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "telusur-eval: error: " << e.what() << '\n';
    return 2;
}
