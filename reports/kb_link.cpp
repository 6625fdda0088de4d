#include "reports/kb_link.h"

namespace upgrade_risk::reports {

std::string kb_url(std::string_view article) {
    // Our ids carry the old "Q" prefix; the support site wants the bare number.
    if (!article.empty() && (article.front() == 'Q' || article.front() == 'q')) {
        article.remove_prefix(1);
    }
    return "https://support.microsoft.com/kb/" + std::string(article);
}

}  // namespace upgrade_risk::reports
