-- Run by tests/e2e/seam.sh with a bank directory holding symbolic links out
-- of it: drill.bank.check must refuse each, naming it, quoting nothing.
local dir = assert(arg[1], "usage: bank_check_links.lua DIR")
local ok, diags, counts = drill.bank.check(dir)
for _, d in ipairs(diags) do print(d) end
print(("ok=%s files=%d questions=%d status=%d"):format(tostring(ok), counts.files, counts.questions, counts.status))
-- the link itself, asked for by the plugin (not named on the command line):
-- it resolves outside every named path, so it is refused too
local named, err = pcall(drill.bank.check, dir .. "/c-passwd.json")
print("link asked for:", named, err)
