#include "reports/report_context.h"

#include <chrono>
#include <cstdlib>
#include <string>

#include "upgrade_risk_version.h"

namespace upgrade_risk::reports {

ReportContext make_report_context() {
    ReportContext context;
    context.tool_version = kVersion;
    const char* source_date_epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (source_date_epoch != nullptr && *source_date_epoch != '\0') {
        context.generated_epoch_seconds = std::strtoll(source_date_epoch, nullptr, 10);
    } else {
        context.generated_epoch_seconds =
            std::chrono::duration_cast<std::chrono::seconds>(
                std::chrono::system_clock::now().time_since_epoch())
                .count();
    }
    return context;
}

}  // namespace upgrade_risk::reports
