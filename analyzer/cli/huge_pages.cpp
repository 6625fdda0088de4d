#include "analyzer/cli/huge_pages.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

namespace upgrade_risk::cli {

std::optional<std::string> huge_page_tunables(const char* tunables, std::string_view thp_enabled,
                                              bool opted_out) {
    if (opted_out || thp_enabled.find("[madvise]") == std::string_view::npos) return std::nullopt;
    const std::string current = tunables ? tunables : "";
    if (current.find("glibc.malloc.hugetlb") != std::string::npos) return std::nullopt;
    return current.empty() ? "glibc.malloc.hugetlb=1" : current + ":glibc.malloc.hugetlb=1";
}

void restart_with_huge_pages(char** argv) {
    std::ifstream mode_file("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string mode((std::istreambuf_iterator<char>(mode_file)), std::istreambuf_iterator<char>());
    const auto tunables = huge_page_tunables(std::getenv("GLIBC_TUNABLES"), mode,
                                             std::getenv("UPGRADE_RISK_SMALL_PAGES") != nullptr);
    if (!tunables) return;
    // Started through the dynamic loader (ld-linux.so upgrade-risk ...), /proc/self/exe is the
    // loader, which would read our arguments as a program to run.
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error || self.filename().string().starts_with("ld")) return;
    if (::setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0) return;
    ::execv("/proc/self/exe", argv);
    // Still here: the restart failed, so the run goes on with the pages it has.
}

}  // namespace upgrade_risk::cli
