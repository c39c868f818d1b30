-- wrk script: POST /api/v1/support/messages with varied French and English messages, each with its own externalId.
-- Usage (server started with COPILOT_BOOTSTRAP_TOKEN=<token>):
--   TOKEN=<token> wrk -t1 -c20 -d30s --latency -s eval/support/wrk-ingest.lua http://127.0.0.1:8080
local bodies = {
  {"Remboursement commande", "Bonjour, je souhaite être remboursé de ma commande 48213, le produit ne me convient pas. Merci."},
  {"Horaires", "Bonjour, quels sont vos horaires d'ouverture le samedi ?"},
  {"Suivi", "Bonjour, où en est ma commande 99812 ? Je n'ai reçu aucun suivi depuis une semaine."},
  {"Panne", "Mon lave-vaisselle acheté chez vous ne démarre plus, il est sous garantie. Que faire ?"},
  {"Invoice", "Hello, could you send me the invoice for order 55120? Thanks."},
  {"Refund", "Hi, I returned the lamp last week and I am still waiting for my refund."},
  {"Paiement", "Puis-je payer en trois fois sans frais par carte bancaire ?"},
  {"Réclamation", "C'est inadmissible, le livreur a abîmé mon canapé et personne ne me répond !"},
}
local counter = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(100000))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
request = function()
  counter = counter + 1
  local b = bodies[(counter % #bodies) + 1]
  local body = string.format('{"channel":"email","from":"client%d@example.fr","subject":"%s","body":"%s","externalId":"wrk-%s-%d"}',
    counter % 500, b[1], b[2], prefix, counter)
  return wrk.format(nil, "/api/v1/support/messages", nil, body)
end
