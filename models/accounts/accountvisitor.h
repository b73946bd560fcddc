#pragma once

class WazzupAccount;
class WoowUpAccount;

// What a front end does differently per service and keeps to itself (the
// command line's columns, the window's page for an account): each account
// calls the overload of its own type, so nobody casts an Account.
class AccountVisitor
{
public:
    virtual ~AccountVisitor() = default;

    virtual void visit(WazzupAccount &account) = 0;
    virtual void visit(WoowUpAccount &account) = 0;
};
