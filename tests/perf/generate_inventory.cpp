// upgrade-risk-gen: writes a deterministic synthetic inventory for performance runs.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>

#include "tests/perf/generator_profile.h"
#include "tests/perf/inventory_writer.h"

namespace {

void print_usage(std::ostream& out) {
    out << "usage: upgrade-risk-gen --servers N [--sites M] [--seed S] [--profile P] -o FILE\n"
           "Writes a valid synthetic inventory of N servers in M sites to FILE ('-' for\n"
           "stdout). The same options always give byte-identical output. Profiles, with the\n"
           "number of sites each makes when --sites is not given:\n";
    for (const auto& profile : upgrade_risk::perf::generator_profiles()) {
        out << "  " << profile.name << " (N/" << profile.servers_per_site << " sites): "
            << profile.summary << "\n";
    }
}

bool parse_count(const char* text, std::size_t& value) {
    char* end = nullptr;
    const unsigned long long parsed = std::strtoull(text, &end, 10);
    if (end == text || *end != '\0') return false;
    value = static_cast<std::size_t>(parsed);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    upgrade_risk::perf::GeneratorOptions options;
    std::string output;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        std::size_t number = 0;
        if (arg == "--help" || arg == "-h") {
            print_usage(std::cout);
            return 0;
        } else if (arg == "--servers" && has_value && parse_count(argv[++i], number)) {
            options.servers = number;
        } else if (arg == "--sites" && has_value && parse_count(argv[++i], number)) {
            options.sites = number;
        } else if (arg == "--seed" && has_value && parse_count(argv[++i], number)) {
            options.seed = number;
        } else if (arg == "--profile" && has_value &&
                   upgrade_risk::perf::find_generator_profile(argv[i + 1]) != nullptr) {
            options.profile = *upgrade_risk::perf::find_generator_profile(argv[++i]);
        } else if (arg == "-o" && has_value) {
            output = argv[++i];
        } else {
            std::cerr << "upgrade-risk-gen: bad argument '" << arg << "'\n";
            print_usage(std::cerr);
            return 2;
        }
    }
    if (output.empty() || options.servers == 0 || options.sites > options.servers) {
        std::cerr << "upgrade-risk-gen: need -o FILE, --servers > 0 and --sites <= --servers\n";
        print_usage(std::cerr);
        return 2;
    }
    std::FILE* out = output == "-" ? stdout : std::fopen(output.c_str(), "wb");
    if (out == nullptr) {
        std::cerr << "upgrade-risk-gen: cannot write " << output << ": " << std::strerror(errno)
                  << '\n';
        return 2;
    }
    const bool written = upgrade_risk::perf::write_synthetic_inventory(options, out);
    const bool closed = out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0;
    if (!written || !closed) {
        std::cerr << "upgrade-risk-gen: writing " << output << " failed\n";
        return 2;
    }
    return 0;
}
