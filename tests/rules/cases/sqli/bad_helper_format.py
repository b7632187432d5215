def delete_user(cur, username):
    # No known source here, but the statement is assembled from a parameter.
    query = "DELETE FROM accounts WHERE username = '{}'".format(username)
    cur.execute(query)
