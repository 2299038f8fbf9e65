-- luacheck configuration: plugins run with the drill API as a global.
std = "lua54"
read_globals = { "drill" }
max_line_length = 140
files["tests/plugins/hostile"] = { ignore = { "211", "241", "311", "411", "421", "511", "512", "541", "542", "581" } }
files["tests/plugins/hostile/io_open.lua"] = { std = "lua54" }
-- the field's misconceptions: one PCRE2 pattern a line, as long as it must be
files["plugins/lib/misconceptions.lua"] = { max_line_length = false }
