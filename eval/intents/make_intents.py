# English banking-style intents written for the offline classifier's development set.
# Each intent: 15 utterances; the first 10 go to train, the last 5 to test.
I = {
"card_arrival": [
"When will my new card arrive?", "I ordered a card two weeks ago and it still hasn't come", "How long does card delivery take?",
"My card hasn't been delivered yet", "Is there a way to track the card you sent me?", "still waiting on my card in the post",
"what's the expected delivery time for a debit card", "The card I requested never showed up", "has my card been shipped",
"How many days until I receive my physical card?",
"It's been ten days and no card in my mailbox", "can you tell me where my card is, it should be here by now",
"Card not arrived yet, what should I do?", "when do cards usually get delivered", "I'm waiting for the card to be mailed to me"],
"card_lost": [
"I lost my card", "I can't find my card anywhere", "I think I left my card at a restaurant", "my card is missing, what do I do",
"I misplaced my bank card yesterday", "lost my debit card on holiday", "Help, I dropped my card somewhere",
"I need to report a lost card", "card gone, I think I lost it on the train", "how do I block a card I lost",
"I have no idea where my card went", "Lost card, please help", "my wallet with my card got lost",
"I can't locate my card since this morning", "what to do after losing a card"],
"card_stolen": [
"My card was stolen", "someone stole my wallet with my card inside", "I was pickpocketed and they took my card",
"my bag was stolen and the card was in it", "a thief has my card", "report a stolen card",
"my purse got robbed, card included", "I think someone took my card from my desk", "card stolen at the gym",
"somebody snatched my card",
"My card got stolen last night", "I've been robbed, the card is gone", "I need to freeze my card because it was stolen",
"my car was broken into and they took my card", "stolen card, what now"],
"pin_blocked": [
"My PIN is blocked", "I entered the wrong PIN too many times", "card locked after three wrong PIN attempts",
"how do I unblock my PIN", "the ATM says my PIN is blocked", "I typed my pin wrong and now it's locked",
"PIN locked, can you unlock it", "my pin got blocked at the shop", "unblock pin please",
"I can't use my card because the PIN is blocked",
"Too many incorrect PIN entries, now blocked", "how can I reset a blocked pin", "my pin no longer works after several tries",
"the terminal says pin tries exceeded", "pin is blocked what should I do"],
"change_pin": [
"How do I change my PIN?", "I want a new PIN number", "Can I set a different pin", "where can I update my PIN code",
"I'd like to pick my own PIN", "change pin at an ATM", "is it possible to modify the pin of my card",
"I want to reset my pin to something easier to remember", "how to choose a new pin", "can the pin be changed in the app",
"I need to change my card's pin", "Where do I go to change the PIN?", "let me set a new PIN",
"how can I update the pin on my debit card", "I would like to change my PIN code"],
"transfer_failed": [
"My transfer failed", "why did my bank transfer not go through", "the transfer was rejected", "transfer declined, why",
"I tried to send money but it failed", "my payment to my landlord bounced back", "the transfer shows as failed in the app",
"why was my transfer returned", "money transfer unsuccessful", "error when sending a transfer",
"the transfer I made didn't work", "my transfer got cancelled by the system", "Why has my transfer failed?",
"I got a message saying the transfer could not be completed", "transfer failed twice today"],
"transfer_pending": [
"My transfer is still pending", "why is my transfer taking so long", "the transfer has been processing for days",
"how long does a transfer take to arrive", "my friend hasn't received the money I sent", "transfer stuck on pending",
"when will my transfer be completed", "sent money yesterday but it's not there yet", "transfer still not arrived",
"is there a delay on transfers",
"My transfer hasn't gone through yet", "still waiting for the transfer to complete", "how many days for a bank transfer to clear",
"the recipient says the money hasn't arrived", "why is the transfer pending"],
"refund_not_showing": [
"My refund is not showing", "the shop refunded me but I don't see the money", "where is my refund",
"merchant says they refunded me, nothing in my account", "refund hasn't appeared yet", "I'm still waiting for a refund to show up",
"how long do refunds take to appear", "the refund is missing from my statement", "returned an item, refund not received",
"the seller issued a refund a week ago",
"I can't see my refund", "refund not in my account yet", "why isn't my refund showing",
"the store says the refund was processed but I have nothing", "when will the refund reach my account"],
"exchange_rate": [
"What exchange rate do you use?", "how is the currency conversion rate calculated", "is the exchange rate fair",
"what rate will I get for euros to dollars", "where can I see today's exchange rates", "the rate applied to my payment seems wrong",
"do you use the interbank rate", "how much is the exchange rate for pounds", "currency rate for my card payment abroad",
"why was I charged a different rate",
"What's your exchange rate?", "the conversion rate looks bad", "how do you decide exchange rates",
"which rate applies when I pay in another currency", "is the exchange rate updated daily"],
"top_up_failed": [
"My top up failed", "I couldn't top up my account", "top-up was declined", "why did my top up not work",
"the top up keeps failing", "error when adding money to my account", "top up rejected by the app", "my top-up didn't go through",
"unable to add funds", "the top up was unsuccessful",
"Top up failed again", "why can't I top up", "adding money failed", "my top up attempt got declined",
"the app says top up failed"],
"top_up_by_card": [
"Can I top up with my card?", "how do I add money using a debit card", "top up with a credit card",
"which cards can I use to top up", "is it possible to top up from another bank card", "add funds with my visa card",
"top up using my mastercard", "can I load money with a card", "how to top up by card",
"do you accept card top ups",
"I want to top up using my card", "can I use my credit card to add money", "top-up via card, how",
"which debit cards are accepted for top ups", "load my account from my card"],
"cash_withdrawal_not_recognised": [
"There's a cash withdrawal I didn't make", "I don't recognise an ATM withdrawal", "someone took cash out of my account",
"unknown withdrawal on my statement", "a withdrawal I never made", "I see a cash machine withdrawal that isn't mine",
"strange atm withdrawal in another city", "money withdrawn without my knowledge", "I did not withdraw this cash",
"unauthorised cash withdrawal",
"There is a withdrawal I don't know about", "cash was taken out that I didn't authorise", "I never withdrew that money",
"an atm withdrawal appeared that wasn't me", "suspicious cash withdrawal on my account"],
"atm_card_swallowed": [
"The ATM swallowed my card", "the cash machine kept my card", "my card got stuck in the ATM", "ATM ate my card",
"the machine didn't give my card back", "card retained by the atm", "my card is trapped in a cash machine",
"ATM took my card and won't return it", "the atm captured my card", "what to do if the atm keeps your card",
"My card was swallowed by the machine", "the ATM has my card", "cash machine retained my card",
"I lost my card inside an ATM", "the atm didn't return my card"],
"wrong_amount_atm": [
"The ATM gave me less money than I asked for", "I got the wrong amount of cash", "withdrew 100 but only got 50",
"the cash machine short-changed me", "wrong amount dispensed", "the atm charged me more than it gave",
"I received less cash than requested", "ATM gave the wrong amount", "I was debited 200 but got 100 in cash",
"the machine didn't give all my money",
"Wrong cash amount from the ATM", "the atm only gave part of my money", "I didn't get the full amount from the cash machine",
"amount withdrawn doesn't match the cash I got", "ATM error, not enough cash given"],
"card_payment_declined": [
"My card payment was declined", "why was my card refused at the shop", "card declined online", "payment declined at the supermarket",
"my card keeps getting declined", "the transaction was declined", "card not accepted at the till", "why won't my card work for payments",
"declined payment, I have enough money", "the merchant says my card was declined",
"My card got declined", "payment refused, why", "card declined at the restaurant",
"my online purchase was declined", "why do my card payments fail"],
"direct_debit_unknown": [
"There's a direct debit I don't recognise", "unknown direct debit on my account", "a direct debit I never set up",
"who is taking money by direct debit", "strange debit order on my statement", "I don't know this direct debit",
"a company debited my account without permission", "direct debit from a company I've never heard of", "unauthorised direct debit",
"I see a recurring debit I didn't agree to",
"Unknown direct debit taken", "I never authorised this direct debit", "what is this direct debit",
"a direct debit appeared that isn't mine", "strange direct debit payment"],
"account_closing": [
"I want to close my account", "how do I delete my account", "please close my account", "cancel my account",
"I no longer want this account", "how can I terminate my account", "close account and refund balance",
"I'd like to shut down my account", "steps to close my bank account", "I want to leave and close everything",
"Close my account please", "how to cancel my account", "I want my account deleted",
"end my account", "can you close the account for me"],
"verify_identity": [
"How do I verify my identity?", "what documents do you need to verify me", "identity verification failed",
"why do I need to prove my identity", "how long does identity verification take", "can I verify with a driving licence",
"verification of my ID isn't working", "what ID do you accept", "I need to complete the identity check",
"the app keeps asking me to verify my identity",
"How can I prove who I am?", "identity check is stuck", "which documents are valid for verification",
"I can't get my ID verified", "why must I verify my identity"],
"age_limit": [
"How old do I need to be to open an account?", "is there a minimum age", "can my teenager open an account",
"what's the age requirement", "can I sign up if I'm 16", "is there an age limit for accounts",
"can children have an account", "minimum age for a card", "I'm 15, can I join",
"do you allow under 18s",
"What is the age limit?", "how young can you be to have an account", "can a minor open an account",
"is 17 old enough to sign up", "age requirements for opening an account"],
"supported_countries": [
"Which countries do you support?", "can I open an account if I live in Canada", "is the service available in my country",
"do you operate in Brazil", "list of supported countries", "can I use the account if I move abroad",
"which countries can I sign up from", "is my country supported", "are you available outside Europe",
"can residents of Mexico join",
"What countries are supported?", "is this available in Australia", "can I register from India",
"which countries do you cover", "I live in Japan, can I open an account"],
"virtual_card_request": [
"How do I get a virtual card?", "can I create a virtual card", "I want a disposable virtual card", "order a virtual card",
"where can I request a virtual card", "do you offer virtual cards", "how to make a virtual card for online shopping",
"I need a virtual card", "get a virtual card in the app", "is a virtual card free",
"Can I have a virtual card?", "set up a virtual card", "request virtual card",
"how can I generate a virtual card", "I'd like a virtual card for subscriptions"],
"apple_pay": [
"Can I add my card to Apple Pay?", "does Apple Pay work with your card", "how do I set up Apple Pay",
"my card won't add to Apple Pay", "is Google Pay supported", "use my card with my phone wallet", "apple pay isn't working",
"how to pay with my phone", "add card to google pay", "can I use contactless payments with my iphone",
"Is Apple Pay supported?", "I can't add my card to my wallet app", "google pay setup help",
"how do I link my card to apple pay", "paying with my phone doesn't work"],
"fees_transfer": [
"Is there a fee for transfers?", "how much does a bank transfer cost", "why was I charged for a transfer",
"transfer fee too high", "are international transfers free", "what do you charge to send money",
"I paid a fee on my transfer", "transfer charges explained", "is there a cost for sending money abroad",
"extra fee on my transfer",
"How much are transfer fees?", "why did my transfer cost money", "do transfers have fees",
"fee for sending money to another bank", "I was charged for sending money"],
"fees_atm": [
"Is there a fee for ATM withdrawals?", "why was I charged for taking out cash", "how much do cash withdrawals cost",
"ATM fee on my statement", "free withdrawals limit", "I got charged for using the atm", "cash withdrawal fee abroad",
"what are the fees for withdrawing cash", "how many free atm withdrawals do I get", "atm charges seem wrong",
"Why did I pay a fee at the ATM?", "cash machine fees", "do you charge for withdrawals",
"I was charged a withdrawal fee", "fee for getting cash out"],
"balance_not_updated": [
"My balance hasn't updated", "the balance is wrong after a deposit", "I made a payment but my balance didn't change",
"balance not reflecting my transfer", "why hasn't my balance updated after the cheque", "my account balance looks outdated",
"balance still shows the old amount", "deposit made but balance same", "the app shows an incorrect balance",
"balance not refreshed",
"My balance is not updated", "balance didn't change after I paid in cash", "why is my balance still the same",
"balance hasn't been updated since yesterday", "my available balance is wrong"],
"extra_charge": [
"I was charged twice for the same purchase", "there's an extra charge on my statement", "duplicate payment on my card",
"the shop charged me two times", "I see the same transaction twice", "I was overcharged", "an additional charge I don't understand",
"double charged for one item", "why was I billed an extra amount", "unexpected charge on my account",
"Charged twice, please fix", "there is a duplicate charge", "I've been charged more than once",
"an extra payment was taken", "same payment appears two times"],
"cancel_transfer": [
"Can I cancel a transfer?", "I want to stop a transfer I just made", "how do I cancel a payment I sent",
"I sent money to the wrong person, can I cancel it", "reverse my transfer please", "undo a transfer",
"is it possible to cancel a pending transfer", "stop the payment I made", "cancel the transfer to my landlord",
"I made a mistake in a transfer and want to cancel it",
"Please cancel my transfer", "how to cancel a transfer", "can a transfer be reversed",
"I need to stop a transfer now", "cancel the money I sent"],
"receive_money": [
"How can I receive money?", "what details do I give to get paid", "how do people send me money",
"can I receive a transfer from abroad", "how to receive my salary into this account", "where are my account details for incoming payments",
"can I get money from a friend", "receive funds from another bank", "what is my IBAN to receive payments",
"how do I accept money",
"How do I get money sent to me?", "can I receive transfers", "receiving money from PayPal",
"what info do I share to receive a payment", "how long to receive money from another country"],
"change_personal_details": [
"How do I change my address?", "I need to update my phone number", "I moved house, how do I update my details",
"change my email address", "my name changed after marriage", "update personal information",
"edit my details in the app", "how can I change my surname", "wrong date of birth on my account",
"I want to change the address on file",
"Update my address please", "how do I edit my personal details", "change the phone number on my account",
"I got married and need to change my name", "my email is out of date"],
"passcode_forgotten": [
"I forgot my passcode", "how do I reset my app passcode", "can't remember my login code", "forgotten password for the app",
"locked out of the app", "I need to reset my passcode", "what if I forget my passcode", "can't log in, forgot the code",
"reset login passcode", "I don't remember my passcode",
"Forgot my passcode", "help me reset my password", "I can't remember the code to open the app",
"how to recover my passcode", "passcode forgotten, locked out"],
"contactless_not_working": [
"Contactless isn't working", "my card won't tap", "contactless payment failed", "tap to pay doesn't work",
"why won't contactless work on my card", "contactless was rejected at the shop", "the reader doesn't accept my contactless card",
"contactless stopped working", "I have to insert my card, tapping fails", "can't pay contactless",
"My contactless is broken", "contactless payments keep failing", "tapping my card doesn't work",
"why is contactless disabled", "contactless not accepted"],
"card_expiring": [
"My card is about to expire", "what happens when my card expires", "will I get a new card before expiry",
"how do I renew my card", "card expiry date is next month", "do you send a replacement before it expires",
"my card expired, what now", "order a new card because mine is expiring", "card expiring soon",
"when does my card expire",
"My card expires soon", "how to get a replacement for an expiring card", "renew expiring card",
"is a new card sent automatically before expiry", "my card's expiry is coming up"],
}
import csv, sys
out = sys.argv[1]
with open(out + "/train.csv", "w", newline="") as tr, open(out + "/test.csv", "w", newline="") as te:
    a = csv.writer(tr); b = csv.writer(te)
    a.writerow(["text", "category"]); b.writerow(["text", "category"])
    for label, texts in I.items():
        assert len(texts) == 15, (label, len(texts))
        for t in texts[:10]: a.writerow([t, label])
        for t in texts[10:]: b.writerow([t, label])
print(len(I), "intents")
