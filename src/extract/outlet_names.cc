// The outlet table (see outlet_names.h): well-known news hosts and the names
// readers know them by. Facts about public web sites, kept short on purpose:
// outlets not listed fall back to their registrable host name.
#include "extract/outlet_names.h"

#include <array>

#include "extract/string_util.h"

namespace dyad::extract {
namespace {

constexpr OutletInfo kOutlets[] = {
    {"cnn.com", "CNN", true},
    {"dw.com", "DW", false},
    {"newsweek.com", "Newsweek", true},
    {"ft.com", "Financial Times", false},
    {"reuters.com", "Reuters", false},
    {"apnews.com", "AP", true},
    {"bbc.co.uk", "BBC", false},
    {"bbc.com", "BBC", false},
    {"nytimes.com", "The New York Times", true},
    {"washingtonpost.com", "The Washington Post", true},
    {"wsj.com", "The Wall Street Journal", true},
    {"theguardian.com", "The Guardian", false},
    {"aljazeera.com", "Al Jazeera", false},
    {"foxnews.com", "Fox News", true},
    {"nbcnews.com", "NBC News", true},
    {"cbsnews.com", "CBS News", true},
    {"abcnews.go.com", "ABC News", true},
    {"npr.org", "NPR", true},
    {"politico.com", "Politico", true},
    {"politico.eu", "Politico Europe", false},
    {"bloomberg.com", "Bloomberg", true},
    {"economist.com", "The Economist", false},
    {"france24.com", "France 24", false},
    {"euronews.com", "Euronews", false},
    {"scmp.com", "South China Morning Post", false},
    {"globaltimes.cn", "Global Times", false},
    {"xinhuanet.com", "Xinhua", false},
    {"news.cn", "Xinhua", false},
    {"chinadaily.com.cn", "China Daily", false},
    {"rt.com", "RT", false},
    {"tass.com", "TASS", false},
    {"telegraph.co.uk", "The Telegraph", false},
    {"independent.co.uk", "The Independent", false},
    {"thetimes.co.uk", "The Times", false},
    {"spiegel.de", "Der Spiegel", false},
    {"lemonde.fr", "Le Monde", false},
    {"japantimes.co.jp", "The Japan Times", false},
    {"abc.net.au", "ABC News (Australia)", false},
    {"cnbc.com", "CNBC", true},
    {"usatoday.com", "USA Today", true},
    {"latimes.com", "Los Angeles Times", true},
    {"time.com", "Time", true},
    {"axios.com", "Axios", true},
    {"thehill.com", "The Hill", true},
    {"voanews.com", "VOA", true},
    {"rferl.org", "RFE/RL", true},
    {"afp.com", "AFP", false},
    {"nikkei.com", "Nikkei", false},
    {"asia.nikkei.com", "Nikkei Asia", false},
    {"hongkongfp.com", "Hong Kong Free Press", false},
    {"foreignpolicy.com", "Foreign Policy", true},
    {"atlanticcouncil.org", "Atlantic Council", true},
};

// Other names an outlet goes by, mapped to its display name.
struct Alias {
  std::string_view alias;
  std::string_view name;
};
constexpr Alias kAliases[] = {
    {"Deutsche Welle", "DW"},
    {"The Associated Press", "AP"},
    {"Associated Press", "AP"},
    {"AP News", "AP"},
    {"BBC News", "BBC"},
    {"CNN International", "CNN"},
    {"FT", "Financial Times"},
    {"New York Times", "The New York Times"},
    {"NYT", "The New York Times"},
    {"Washington Post", "The Washington Post"},
    {"Wall Street Journal", "The Wall Street Journal"},
    {"WSJ", "The Wall Street Journal"},
    {"Guardian", "The Guardian"},
    {"the Guardian", "The Guardian"},
    {"Agence France-Presse", "AFP"},
    {"Agence France Presse", "AFP"},
    {"Xinhua News Agency", "Xinhua"},
    {"SCMP", "South China Morning Post"},
    {"Voice of America", "VOA"},
    {"Radio Free Europe/Radio Liberty", "RFE/RL"},
};

// Two-level public suffixes common among news hosts.
constexpr std::array<std::string_view, 20> kTwoLevelSuffixes = {
    "co.uk", "org.uk", "ac.uk",  "gov.uk", "com.au", "net.au", "org.au",
    "co.nz", "co.jp",  "ne.jp",  "co.in",  "com.cn", "com.hk", "com.sg",
    "co.za", "com.br", "com.tr", "co.kr",  "com.tw", "com.mx"};

bool HostMatches(std::string_view host, std::string_view domain) {
  if (!EndsWithIgnoreCase(host, domain)) return false;
  return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

}  // namespace

const OutletInfo* FindOutletByHost(std::string_view host) {
  const OutletInfo* best = nullptr;
  for (const OutletInfo& o : kOutlets) {
    // The longest matching domain wins: asia.nikkei.com over nikkei.com.
    if (HostMatches(host, o.host) && (best == nullptr || o.host.size() > best->host.size()))
      best = &o;
  }
  return best;
}

const OutletInfo* FindOutletByName(std::string_view name) {
  std::string_view n = TrimSpace(name);
  if (n.empty()) return nullptr;
  for (const Alias& a : kAliases) {
    if (EqualsIgnoreCase(n, a.alias)) n = a.name;
  }
  for (const OutletInfo& o : kOutlets) {
    if (EqualsIgnoreCase(n, o.name)) return &o;
  }
  return nullptr;
}

std::string HostOfUrl(std::string_view url) {
  url = TrimSpace(url);
  size_t scheme = url.find("://");
  size_t b;
  if (scheme != std::string_view::npos) {
    b = scheme + 3;
  } else if (url.substr(0, 2) == "//") {
    b = 2;
  } else {
    return "";
  }
  size_t e = url.find_first_of("/?#", b);
  std::string_view authority = url.substr(b, e == std::string_view::npos ? e : e - b);
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  size_t colon = authority.find(':');
  if (colon != std::string_view::npos) authority = authority.substr(0, colon);
  while (!authority.empty() && authority.back() == '.') authority.remove_suffix(1);
  return ToLowerAsciiCopy(authority);
}

std::string RegistrableHost(std::string_view host) {
  std::string h = ToLowerAsciiCopy(host);
  size_t last = h.rfind('.');
  if (last == std::string::npos || last == 0) return h;
  size_t second = h.rfind('.', last - 1);
  if (second == std::string::npos) return h;
  std::string_view tail = std::string_view(h).substr(second + 1);
  for (std::string_view suffix : kTwoLevelSuffixes) {
    if (tail == suffix) {
      size_t third = second == 0 ? std::string::npos : h.rfind('.', second - 1);
      return third == std::string::npos ? h : h.substr(third + 1);
    }
  }
  return h.substr(second + 1);
}

}  // namespace dyad::extract
