#include "analyzer/cli/command_line.h"

#include <string_view>
#include <vector>

#include "inventory/nearest_name.h"

namespace upgrade_risk::cli {
namespace {

/// Every spelling of the options of `app` ("--fail-on", "-o"), and of its parent's (-v works
/// after the command too).
std::vector<std::string> option_names(CLI::App& app) {
    std::vector<std::string> names;
    for (CLI::App* each = &app; each != nullptr; each = each->get_parent()) {
        for (const CLI::Option* option : each->get_options()) {
            for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
            for (const std::string& name : option->get_snames()) names.push_back("-" + name);
        }
    }
    return names;
}

bool takes_value(CLI::App& app, std::string_view word) {
    for (CLI::App* each = &app; each != nullptr; each = each->get_parent()) {
        for (const CLI::Option* option : each->get_options()) {
            if (option->get_items_expected_min() == 0) continue;  // a flag
            for (const std::string& name : option->get_lnames()) {
                if (word == "--" + name) return true;
            }
            for (const std::string& name : option->get_snames()) {
                if (word == "-" + name) return true;
            }
        }
    }
    return false;
}

}  // namespace

std::optional<std::string> unknown_word(CLI::App& app, int argc, const char* const* argv) {
    CLI::App* command = nullptr;
    std::vector<std::string> commands;
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) commands.push_back(sub->get_name());
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        CLI::App& scope = command ? *command : app;
        if (word == "--") break;
        if (word.size() > 1 && word.front() == '-') {
            const std::string name(word.substr(0, word.find('=')));
            // "-ojson": a short option with its value attached.
            const std::string short_name = name.size() > 2 && name[1] != '-' ? name.substr(0, 2) : name;
            const auto names = option_names(scope);
            if (std::find(names.begin(), names.end(), name) == names.end() &&
                std::find(names.begin(), names.end(), short_name) == names.end()) {
                return "unknown option '" + name + "'" +
                       (command ? " for " + command->get_name() : std::string()) +
                       inventory::did_you_mean(name, names);
            }
            if (name == word && takes_value(scope, name)) ++i;  // its value follows
            continue;
        }
        if (command) continue;  // a value of the command
        try {
            command = app.get_subcommand(std::string(word));
        } catch (const CLI::OptionNotFound&) {
            return "unknown command '" + std::string(word) + "'" + inventory::did_you_mean(word, commands) +
                   "; the commands are " + [&] {
                       std::string list;
                       for (const std::string& each : commands) list += (list.empty() ? "" : ", ") + each;
                       return list;
                   }();
        }
    }
    return std::nullopt;
}

const CLI::Validator& whole_number() {
    static const CLI::Validator validator(
        [](const std::string& value) {
            const auto first = value.find_first_not_of(" \t");
            return first != std::string::npos && value[first] == '-'
                       ? "needs a whole number, 0 or more, not '" + value + "'"
                       : std::string();
        },
        "");  // nothing to add to the option's help: UINT says it
    return validator;
}

std::string parse_error_text(const CLI::ParseError& error, const std::string& command) {
    const std::string what = error.what();
    const std::string name = error.get_name();
    const std::string who = command.empty() ? "upgrade-risk" : command;
    if (name == "RequiredError") {
        if (what.rfind("A subcommand is required", 0) == 0 || what.find("subcommand") != std::string::npos) {
            return "say what to do: a command such as validate, analyze or plan";
        }
        const auto is = what.find(" is required");
        return who + " needs " + what.substr(0, is == std::string::npos ? what.size() : is);
    }
    if (name == "ArgumentMismatch") {
        const auto colon = what.find(':');
        if (what.find("At Most") != std::string::npos || what.find("at most") != std::string::npos) {
            return what.substr(0, colon) + " was given more than once; give it once";
        }
        return what.substr(0, colon) + " needs a value";
    }
    // CLI11 names an ExtrasError after the command that met it, so it is told by its words.
    if (what.rfind("The following argument", 0) == 0) {
        return who + " did not expect " + what.substr(what.find(':') + 2) + " (it reads one inventory)";
    }
    if (const auto prefix = std::string_view("Could not convert: "); what.rfind(prefix, 0) == 0) {
        const std::string rest = what.substr(prefix.size());
        const auto equals = rest.find(" = ");
        return rest.substr(0, equals) + " needs a whole number, not '" +
               (equals == std::string::npos ? rest : rest.substr(equals + 3)) + "'";
    }
    // A validator's message follows the option's name and a colon.
    if (name == "ValidationError") {
        if (const auto colon = what.find(": "); colon != std::string::npos) {
            return what.substr(0, colon) + " " + what.substr(colon + 2);
        }
    }
    return what;
}

}  // namespace upgrade_risk::cli
