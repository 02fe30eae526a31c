// Internal to extract: display names of news outlets, from a host name or
// from a name as written ("DW", "Reuters"), and the registrable part of a
// host name for outlets the table does not know.
#ifndef DYAD_EXTRACT_OUTLET_NAMES_H_
#define DYAD_EXTRACT_OUTLET_NAMES_H_

#include <string>
#include <string_view>

namespace dyad::extract {

struct OutletInfo {
  std::string_view host;  // registrable host: "cnn.com"
  std::string_view name;  // display name: "CNN"
  bool american;          // writes numeric dates month-first (7/10/2024)
};

// The outlet whose host is `host` or a parent of it ("edition.cnn.com" ->
// CNN), or nullptr. `host` is matched ignoring ASCII case.
const OutletInfo* FindOutletByHost(std::string_view host);

// The outlet called `name` (its display name or a common variant such as
// "Deutsche Welle", "The Associated Press", "Reuters"), ignoring case, or
// nullptr.
const OutletInfo* FindOutletByName(std::string_view name);

// The host of a URL, lower-cased, without user info or port: "www.cnn.com"
// from "https://www.cnn.com:443/x". "" when `url` has no host.
std::string HostOfUrl(std::string_view url);

// The registrable part of a host ("cnn.com" from "edition.cnn.com",
// "abc.net.au" from "www.abc.net.au"), using a short list of two-level
// public suffixes (co.uk, com.au, ...).
std::string RegistrableHost(std::string_view host);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_OUTLET_NAMES_H_
