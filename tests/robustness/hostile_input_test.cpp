#include <string>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "tests/robustness/run_process.h"

namespace upgrade_risk::robustness {
namespace {
namespace fs = std::filesystem;

constexpr std::string_view kDoctypeRefused =
    ":2:1: error: DOCTYPE declarations are not allowed in an inventory (entities are never "
    "expanded); remove it";

ProcessResult validate(const fs::path& inventory) {
    return run_process({{upgrade_risk_executable(), "validate", inventory.string()},
                        {}, {}, std::chrono::seconds(10)});
}

std::string external_entity_inventory(const std::string& system_id) {
    return "<?xml version=\"1.0\"?>\n"
           "<!DOCTYPE inventory [ <!ENTITY leak SYSTEM \"" + system_id + "\"> ]>\n"
           "<inventory format=\"1\">\n  <organization name=\"&leak;\">\n"
           "    <site name=\"A\"><server name=\"S1\" version=\"4.0\"/></site>\n"
           "  </organization>\n</inventory>\n";
}

TEST(HostileInput, AnExternalEntityIsRefusedAndNeverRead) {
    ScratchFolder folder("xxe");
    const fs::path inventory = folder.path() / "inventory.xml";
    write_file(inventory, external_entity_inventory("file:///etc/passwd"));
    const ProcessResult run = validate(inventory);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find(inventory.string() + std::string(kDoctypeRefused)), std::string::npos) << run.err;
    EXPECT_EQ((run.out + run.err).find("root:"), std::string::npos) << "passwd content leaked";
}

TEST(HostileInput, AnExternalEntityNamingAPipeDoesNotBlock) {
    // Opening a FIFO for reading blocks until someone writes to it, so a run that so much
    // as opened the entity's file would hang here and be killed by the timeout.
    ScratchFolder folder("xxe-fifo");
    const fs::path fifo = folder.path() / "secret";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const fs::path inventory = folder.path() / "inventory.xml";
    write_file(inventory, external_entity_inventory("file://" + fifo.string()));
    const ProcessResult run = validate(inventory);
    EXPECT_FALSE(run.timed_out);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find(kDoctypeRefused), std::string::npos) << run.err;
}

TEST(HostileInput, BillionLaughsIsRefusedAtOnce) {
    ScratchFolder folder("laughs");
    std::string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE inventory [\n <!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        std::string expansion;
        for (int i = 0; i < 10; ++i) expansion += "&lol" + std::to_string(level - 1) + ";";
        text += " <!ENTITY lol" + std::to_string(level) + " \"" + expansion + "\">\n";
    }
    text += "]>\n<inventory format=\"1\"><organization name=\"&lol9;\"/></inventory>\n";
    const fs::path inventory = folder.path() / "inventory.xml";
    write_file(inventory, text);
    const auto started = std::chrono::steady_clock::now();
    const ProcessResult run = validate(inventory);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find(kDoctypeRefused), std::string::npos) << run.err;
    EXPECT_EQ(run.err.find("lollol"), std::string::npos);
}

TEST(HostileInput, TerminalEscapesNeverReachTheTerminal) {
    ScratchFolder folder("escapes");
    const fs::path inventory = folder.path() / "inventory.xml";
    for (const std::string name : {"\x1b]0;owned\x07", "&#x1b;[2J", "\xC2\x9B" "31m"}) {
        write_file(inventory, "<inventory format=\"1\">\n<organization name=\"" + name +
                                  "\"><site name=\"A\"><server name=\"S\" version=\"4.0\"/></site>"
                                  "</organization></inventory>\n");
        const ProcessResult run = validate(inventory);
        EXPECT_EQ(run.exit_code, 2) << name;
        EXPECT_EQ((run.out + run.err).find('\x1b'), std::string::npos) << run.err;
        EXPECT_EQ((run.out + run.err).find("\xC2\x9B"), std::string::npos) << run.err;
    }
}

TEST(HostileInput, AnOversizedOrEndlessInputIsCutOff) {
    const ProcessResult run = run_process(
        {{upgrade_risk_executable(), "validate", "/dev/zero"}, {}, {}, std::chrono::seconds(60)});
    EXPECT_FALSE(run.timed_out);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("/dev/zero: error: the file is larger than the 512 MiB an inventory may be"),
              std::string::npos)
        << run.err;
}

TEST(HostileInput, AnErrorOnEveryLineIsReportedQuicklyAndBriefly) {
    // Locating each error by counting lines from the start of the file would be quadratic in
    // a file like this one. The timeout is generous; a quadratic run still exceeds it.
    ScratchFolder folder("every-line");
    std::string text = "<inventory format=\"1\">\n<organization name=\"O\">\n";
    for (int i = 0; i < 200000; ++i) text += "<site name=\"R&D\" description=\"<\"/>\n";
    write_file(folder.path() / "inventory.xml", text + "</organization>\n</inventory>\n");
    const ProcessResult run = validate(folder.path() / "inventory.xml");
    EXPECT_FALSE(run.timed_out);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("this '&' and 199,979 more after it"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("(199,999 more attribute values have one)"), std::string::npos) << run.err;
    EXPECT_LT(run.err.size(), 10000u);
}

TEST(HostileInput, EveryReferenceUnknownIsReportedQuickly) {
    // Each unknown name was compared with every server for a suggestion: 20,000 of them
    // against 20,000 servers took minutes.
    ScratchFolder folder("unknown-names");
    std::string servers;
    std::string upgrades;
    for (int i = 0; i < 20000; ++i) {
        servers += "<server name=\"SRV" + std::to_string(i) + "\" version=\"4.0\"/>\n";
        upgrades += "<upgrade server=\"XRV" + std::to_string(i) + "\"/>\n";
    }
    write_file(folder.path() / "inventory.xml",
               "<inventory format=\"1\">\n<organization name=\"O\"><site name=\"A\">\n" + servers +
                   "</site></organization>\n<rollout target-version=\"5.5\"><wave name=\"W\">\n" +
                   upgrades + "</wave></rollout>\n</inventory>\n");
    const ProcessResult run = validate(folder.path() / "inventory.xml");
    EXPECT_FALSE(run.timed_out);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("20,000 errors"), std::string::npos) << run.err.substr(run.err.size() - 300);
}

}  // namespace
}  // namespace upgrade_risk::robustness
