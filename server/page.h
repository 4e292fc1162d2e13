// The search page served at GET /: one HTML file (CSS and JavaScript inline,
// no external resources), compiled into the binary from server/page.html.
#pragma once

#include <string_view>

namespace telusur::server {

std::string_view search_page_html();

}  // namespace telusur::server
