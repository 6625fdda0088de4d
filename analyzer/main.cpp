// The upgrade-risk command line: parses arguments, runs one command, maps errors to exit codes.
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "analyzer/cli/exit_codes.h"
#include "analyzer/cli/init_command.h"
#include "analyzer/cli/logging.h"
#include "analyzer/cli/validate_command.h"
#include "upgrade_risk_version.h"

int main(int argc, char** argv) {
    using namespace upgrade_risk::cli;

    CLI::App app{
        "upgrade-risk: finds the Exchange servers whose failed 4.0/5.0 to 5.5 upgrade and backout\n"
        "would break directory replication (KB Q195908), before you start the rollout.",
        "upgrade-risk"};
    app.set_version_flag("--version", upgrade_risk::kVersion);
    app.require_subcommand(1);
    int verbosity = 0;
    app.add_flag("-v,--verbose", verbosity, "Say what is being done (repeat for more detail)");

    ValidateOptions validate;
    CLI::App* validate_cmd = app.add_subcommand(
        "validate", "Check an inventory file and summarise it; lists every error with line:column");
    validate_cmd->add_option("INVENTORY", validate.inventory_path, "The inventory XML file")
        ->required();

    InitOptions init;
    CLI::App* init_cmd = app.add_subcommand(
        "init", "Write a commented starter inventory to fill in (FILE, or standard output)");
    init_cmd->add_option("FILE", init.path, "Where to write it; - for standard output")
        ->capture_default_str();
    init_cmd->add_flag("-f,--force", init.force, "Replace FILE if it already exists");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? kExitOk : kExitInvalidInput;
    }
    configure_logging(verbosity);

    try {
        if (validate_cmd->parsed()) return run_validate(validate);
        if (init_cmd->parsed()) return run_init(init);
    } catch (const std::exception& e) {
        std::cerr << "upgrade-risk: error: " << e.what() << '\n';
        return kExitInvalidInput;
    }
    return kExitInvalidInput;
}
